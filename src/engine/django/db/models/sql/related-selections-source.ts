/** `django.db.models.sql`, part 5 (Python): select_related() — the related tables JOINed into the SELECT and the related instances built from the same row. */
export const RELATED_SELECTIONS_SOURCE = String.raw`

SELECT_RELATED_MAX_DEPTH = 5


class RelatedSelection:
    """One JOINed relation of select_related() (a forward FK or one-to-one, or a reverse one-to-one): the model it reaches, the accessor it fills, the join alias and the selection it hangs from (None for the queried model)."""

    def __init__(self, path, model, accessor, mi, alias, parent):
        self.path = path
        self.model = model
        self.accessor = accessor
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


def loaded_fields(mi, deferred, prefix):
    """The concrete fields of mi that only()/defer() leave loaded, the names taken relative to prefix ('' for the queried model, 'author__' for a select_related one)."""
    if deferred is None:
        return mi.concrete
    only, names = deferred
    names = {n[len(prefix):] for n in names if n.startswith(prefix)}
    if only:
        return [f for f in mi.concrete if f.name in names or f.attname in names or f.primary_key or any(n.startswith(f.name + '__') for n in names)]
    return [f for f in mi.concrete if f.name not in names or f.primary_key]


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
    reverse = [r for r in mi.reverse if not r.m2m and r.field.type == 'OneToOneField'] if restricted else []
    choices = [f.name for f in mi.concrete if f.is_relation] + [r.query_name for r in reverse]
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
        sel = RelatedSelection(k[2:], f.related_model, f.name, other, a, parent)
        out.append(sel)
        self.add_related(other, a, requested[f.name] if restricted else True, k, chain, sel, out, depth + 1)
    for r in reverse:
        if r.query_name not in requested:
            continue
        other = info(r.model)
        k = key + '__' + r.query_name
        a = self.join(k, other.table, alias, mi.pk.column, r.field.column, True, True)
        sel = RelatedSelection(k[2:], r.model, r.query_name, other, a, parent)
        out.append(sel)
        self.add_related(other, a, requested[r.query_name], k, True, sel, out, depth + 1)
    if restricted:
        invalid = [n for n in requested if n not in choices]
        if invalid:
            raise field_error()('Invalid field name(s) given in select_related: %s. Choices are: %s' % (', '.join("'%s'" % n for n in invalid), ', '.join(choices) or '(none)'))


Query.related_selections = _related_selections
Query.add_related = _add_related


def related_plan(cols):
    """[(RelatedSelection, first column index, [FieldInfo])] of the select list's related columns, in select order."""
    plan = []
    for i, c in enumerate(cols):
        if c[2] != 'related':
            continue
        if not plan or plan[-1][0] is not c[4]:
            plan.append((c[4], i, []))
        plan[-1][2].append(c[3])
    return plan


def populate_related(obj, plan, row):
    """Builds the related instances of one row and caches each on its parent, where its accessor (forward or reverse one-to-one) returns it (None where the LEFT OUTER JOIN found no row)."""
    made = {}
    for sel, start, fields in plan:
        parent = obj if sel.parent is None else made.get(id(sel.parent))
        if parent is None:
            made[id(sel)] = None
            continue
        mi = sel.mi
        rel = None
        if row[start + fields.index(mi.pk)] is not None:
            model = sel.model
            rel = model.__new__(model)
            d = rel.__dict__
            for i, f in enumerate(fields):
                v = row[start + i]
                d[f.attname] = f.to_python(v) if f.type in CONVERTED else v
            d['_adding'] = False
        made[id(sel)] = rel
        parent.__dict__['_cache_' + sel.accessor] = rel
`
