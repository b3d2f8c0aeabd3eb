class Meta:

ordering = []
