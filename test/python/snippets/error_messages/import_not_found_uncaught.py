import djangoo
