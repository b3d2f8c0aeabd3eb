/** `django.db.models.sql`, part 5 (Python): select_related() — the related tables JOINed into the SELECT and the related instances built from the same row. */
export const RELATED_SELECTIONS_SOURCE = String.raw`

SELECT_RELATED_MAX_DEPTH = 5


class RelatedSelection:
    """One JOINed forward relation of select_related(): its field, the model it reaches, the join alias and the selection it hangs from (None for the queried model)."""

    def __init__(self, field, mi, alias, parent):
        self.field = field
        self.mi = mi
        self.alias = alias
        self.parent = parent


def select_related_tree(current, fields):
    """The query's select_related value after select_related(*fields): False for (None,), True without names, else a nested dict of the names added to current."""
    if fields == (None,):
        return False
    if not fields:
        return True
    tree = copy_tree(current) if isinstance(current, dict) else {}
    for name in fields:
        node = tree
        for part in name.split('__'):
            node = node.setdefault(part, {})
    return tree


def copy_tree(tree):
    return {k: copy_tree(v) for k, v in tree.items()}


def _related_selections(self):
    """JOINs every relation select_related asks for (LEFT OUTER along a nullable chain) and returns the RelatedSelections, depth first in field order."""
    out = []
    self.add_related(self.info, self.alias, self.select_related, '', False, None, out, 0)
    return out


def _add_related(self, mi, alias, requested, key, nullable, parent, out, depth):
    restricted = isinstance(requested, dict)
    if not restricted and depth >= SELECT_RELATED_MAX_DEPTH:
        return
    choices = [f.name for f in mi.concrete if f.is_relation]
    for f in mi.concrete:
        if restricted and f.name in requested and not f.is_relation:
            raise field_error()("Non-relational field given in select_related: '%s'. Choices are: %s" % (f.name, ', '.join(choices) or '(none)'))
        if not f.is_relation:
            continue
        if restricted:
            if f.name not in requested:
                continue
        elif f.null:
            continue
        chain = nullable or f.null
        other = info(f.related_model)
        k = key + '__' + f.name
        a = self.join(k, other.table, alias, f.column, other.pk.column, chain, True)
        sel = RelatedSelection(f, other, a, parent)
        out.append(sel)
        self.add_related(other, a, requested[f.name] if restricted else True, k, chain, sel, out, depth + 1)
    if restricted:
        invalid = [n for n in requested if n not in choices]
        if invalid:
            raise field_error()('Invalid field name(s) given in select_related: %s. Choices are: %s' % (', '.join("'%s'" % n for n in invalid), ', '.join(choices) or '(none)'))


Query.related_selections = _related_selections
Query.add_related = _add_related


def related_plan(cols):
    """[(RelatedSelection, first column index)] of the select list's related columns, in select order."""
    plan = []
    for i, c in enumerate(cols):
        if c[2] == 'related' and (not plan or plan[-1][0] is not c[4]):
            plan.append((c[4], i))
    return plan


def populate_related(obj, plan, row):
    """Builds the related instances of one row and caches each on its parent, as its forward accessor returns it (None where the LEFT OUTER JOIN found no row)."""
    made = {}
    for sel, start in plan:
        parent = obj if sel.parent is None else made.get(id(sel.parent))
        if parent is None:
            made[id(sel)] = None
            continue
        mi = sel.mi
        rel = None
        if row[start + mi.concrete.index(mi.pk)] is not None:
            model = sel.field.related_model
            rel = model.__new__(model)
            d = rel.__dict__
            for i, a in enumerate(mi.attnames):
                d[a] = row[start + i]
            for i, f in mi.converters:
                d[f.attname] = f.to_python(row[start + i])
            d['_adding'] = False
        made[id(sel)] = rel
        parent.__dict__['_cache_' + sel.field.name] = rel
`
