#include "diff/RoleDiff.h"

#include "roles/ConditionText.h"
#include "roles/PermissionGrants.h"
#include "roles/PolicyEditing.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringBuilder>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace RoleDiff {
namespace {

const QString kAny = u"*"_s;
// Deeper trees than this are not compared term by term; the API itself nests a handful.
constexpr int kMaxDepth = 64;

//! Length-prefixed, so no value can run into the next part of a key.
QString escaped(const QString& s) {
    return QString::number(s.size()) % u'\'' % s;
}

QString operandKey(const DomainResourceConditionValue& v) {
    const QString type = v.type.value_or(u"SCALAR"_s).toUpper();
    const std::optional<EntityReference>& ref = type == "USER"_L1   ? v.user
                                                : type == "TEAM"_L1 ? v.team
                                                                    : v.queue;
    const bool isReference = type == "USER"_L1 || type == "TEAM"_L1 || type == "QUEUE"_L1;
    const QString value =
        isReference && ref ? ref->id.value_or(QString()) : v.value.value_or(QString());
    return type + u'=' + escaped(value);
}

struct Canon {
    QString conjunction; //!< empty for a leaf
    QStringList parts;   //!< a leaf: one entry, its key
};

QString leafKey(const DomainResourceConditionNode& n) {
    QStringList operands;
    for (const DomainResourceConditionValue& v :
         n.operands.value_or(QList<DomainResourceConditionValue>()))
        operands.append(operandKey(v));
    operands.sort();
    operands.removeDuplicates();
    return escaped(n.variableName.value_or(QString())) + u' '
           + n.conditionOperator.value_or(QString()).toUpper() + u'[' + operands.join(u',') + u']';
}

QString joined(const Canon& c) {
    return c.conjunction.isEmpty() ? c.parts.value(0)
                                   : c.conjunction + u'(' + c.parts.join(u'|') + u')';
}

Canon canon(const DomainResourceConditionNode& n, int depth) {
    if (!n.conjunction && !n.terms)
        return {QString(), {leafKey(n)}};
    if (depth > kMaxDepth)
        return {QString(), {u"deep:"_s + QString::number(qHash(ConditionText::format(n)))}};
    const QString conjunction = n.conjunction.value_or(u"AND"_s).toUpper();
    QStringList parts;
    for (const DomainResourceConditionNode& t :
         n.terms.value_or(std::vector<DomainResourceConditionNode>())) {
        const Canon child = canon(t, depth + 1);
        if (child.conjunction == conjunction)
            parts += child.parts; // (a AND b) AND c is a AND b AND c
        else
            parts.append(joined(child));
    }
    parts.sort();
    parts.removeDuplicates();
    if (parts.size() == 1)
        return {QString(), parts};
    return {conjunction, parts};
}

//! Leaves by variable: what "the property that changed" is read from.
void collectLeaves(const DomainResourceConditionNode& n, QSet<QString>& leaves,
                   QHash<QString, QString>& variableOf, int depth) {
    if (!n.conjunction && !n.terms) {
        const QString key = leafKey(n);
        leaves.insert(key);
        variableOf.insert(key, n.variableName.value_or(QString()));
        return;
    }
    if (depth > kMaxDepth)
        return;
    for (const DomainResourceConditionNode& t :
         n.terms.value_or(std::vector<DomainResourceConditionNode>()))
        collectLeaves(t, leaves, variableOf, depth + 1);
}

//! The canonical condition keys of both sides as small ids, so two atoms' conditions compare as
//! a few integers; 0 is "no condition".
struct Interner {
    QHash<QString, int> ids{{QString(), 0}};
    int id(const QString& key) {
        const auto it = ids.constFind(key);
        if (it != ids.cend())
            return *it;
        const int next = int(ids.size());
        ids.insert(key, next);
        return next;
    }
};

//! domain, entity, action: no string is built to look an atom up.
struct AtomKey {
    QString domain, entity, action;
    bool operator==(const AtomKey& o) const {
        return action == o.action && entity == o.entity && domain == o.domain;
    }
    bool operator<(const AtomKey& o) const {
        if (const int c = domain.compare(o.domain))
            return c < 0;
        if (const int c = entity.compare(o.entity))
            return c < 0;
        return action < o.action;
    }
};
size_t qHash(const AtomKey& k, size_t seed = 0) {
    return qHashMulti(seed, k.domain, k.entity, k.action);
}

//! One side, indexed: per atom, the distinct conditions that grant it.
struct Indexed {
    struct Condition {
        int id = 0;        //!< interned canonical key
        QString key;       //!< the canonical key
        QString display;   //!< as ConditionText writes it; empty for none
        QStringList alone; //!< {display}: what an atom granted only under it shows, shared
        const DomainPermissionPolicy* policy = nullptr; //!< the first policy with it
    };
    struct Atom {
        QVarLengthArray<int, 2> conditions; //!< indices into Indexed::conditions, no duplicates
    };
    QList<Condition> conditions;
    QHash<AtomKey, Atom> atoms;
};

template <typename Visit>
void forEachAtom(const DomainPermissionPolicy& p, const CatalogIndex& catalog, Visit&& visit) {
    static const QString none;
    const QString& domain = p.domain ? *p.domain : none;
    const QString& entity = p.entityName ? *p.entityName : none;
    static const QStringList noActions;
    const QStringList& actions = p.actionSet ? *p.actionSet : noActions;
    const bool canExpand = !catalog.isEmpty();
    const auto visitEntity = [&](const QString& d, const QString& e) {
        for (const QString& a : actions) {
            if (a == kAny && canExpand) {
                const QStringList concrete = catalog.actions(d, e);
                for (const QString& c : concrete)
                    visit(d, e, c);
                if (!concrete.isEmpty())
                    continue;
            }
            visit(d, e, a);
        }
    };
    const auto visitDomain = [&](const QString& d) {
        if (entity == kAny && canExpand) {
            for (const QString& e : catalog.entities(d))
                visitEntity(d, e);
        } else {
            visitEntity(d, entity);
        }
    };
    if (domain == kAny && canExpand) {
        for (const QString& d : catalog.domains())
            visitDomain(d);
    } else {
        visitDomain(domain);
    }
}

Indexed index(const QList<DomainPermissionPolicy>& policies, const CatalogIndex& catalog,
              Interner& interner) {
    Indexed out;
    QHash<QString, int> byKey;
    out.atoms.reserve(qMax<qsizetype>(policies.size() * 4, 1024));
    for (const DomainPermissionPolicy& p : policies) {
        const QString key = canonicalCondition(p.resourceConditionNode);
        auto found = byKey.constFind(key);
        int ci;
        if (found == byKey.cend()) {
            ci = int(out.conditions.size());
            const QString display =
                key.isEmpty() ? QString() : ConditionText::format(*p.resourceConditionNode);
            out.conditions.append({interner.id(key), key, display, QStringList{display}, &p});
            byKey.insert(key, ci);
        } else {
            ci = *found;
        }
        forEachAtom(p, catalog, [&](const QString& d, const QString& e, const QString& a) {
            Indexed::Atom& atom = out.atoms[AtomKey{d, e, a}];
            if (!atom.conditions.contains(ci))
                atom.conditions.append(ci);
        });
    }
    return out;
}

QVarLengthArray<int, 2> idsOf(const Indexed& side, const Indexed::Atom& atom) {
    QVarLengthArray<int, 2> ids;
    for (int i : atom.conditions)
        ids.append(side.conditions[i].id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList changedProperties(const Indexed& role, const Indexed::Atom& r, const Indexed& reference,
                              const Indexed::Atom& f) {
    QHash<QString, QString> variableOf;
    // The leaves of a side's conditions; whether it also grants without one.
    const auto leavesOf = [&variableOf](const Indexed& side, const Indexed::Atom& atom,
                                        QSet<QString>& leaves) {
        bool unconditioned = false;
        for (int i : atom.conditions) {
            const Indexed::Condition& c = side.conditions[i];
            if (c.policy->resourceConditionNode && !c.key.isEmpty())
                collectLeaves(*c.policy->resourceConditionNode, leaves, variableOf, 0);
            else
                unconditioned = true;
        }
        return unconditioned;
    };
    QSet<QString> roleLeaves, referenceLeaves;
    const bool roleUnconditioned = leavesOf(role, r, roleLeaves);
    const bool referenceUnconditioned = leavesOf(reference, f, referenceLeaves);
    QStringList out;
    if (roleUnconditioned != referenceUnconditioned)
        out.append(u"condition"_s);
    const QSet<QString> changed = (roleLeaves - referenceLeaves) + (referenceLeaves - roleLeaves);
    for (const QString& leaf : changed)
        if (!out.contains(variableOf.value(leaf)))
            out.append(variableOf.value(leaf));
    if (out.isEmpty())
        out.append(u"structure"_s); // same tests, joined differently (AND vs OR)
    out.sort();
    return out;
}

Result diffIndexed(const Indexed& role, const Indexed& reference) {
    Result result;
    // Pointers into the two hashes, which outlive this: sorting moves no strings.
    std::vector<const AtomKey*> keys;
    keys.reserve(size_t(role.atoms.size() + reference.atoms.size()));
    for (auto it = role.atoms.cbegin(); it != role.atoms.cend(); ++it)
        keys.push_back(&it.key());
    for (auto it = reference.atoms.cbegin(); it != reference.atoms.cend(); ++it)
        if (!role.atoms.contains(it.key()))
            keys.push_back(&it.key());
    std::sort(keys.begin(), keys.end(), [](const AtomKey* a, const AtomKey* b) { return *a < *b; });
    result.atoms.reserve(keys.size());
    static const Indexed::Atom none;
    // Atoms under the same pair of conditions changed the same properties: work it out once.
    QHash<QString, QStringList> propertiesOf;
    for (const AtomKey* keyPointer : keys) {
        const AtomKey& key = *keyPointer;
        const auto ri = role.atoms.constFind(key);
        const auto fi = reference.atoms.constFind(key);
        const Indexed::Atom& r = ri != role.atoms.cend() ? *ri : none;
        const Indexed::Atom& f = fi != reference.atoms.cend() ? *fi : none;
        AtomDiff atom;
        atom.domain = key.domain;
        atom.entity = key.entity;
        atom.action = key.action;
        // One condition (nearly always): its shared list, no allocation per atom.
        const auto shown = [](const Indexed& side, const Indexed::Atom& a) {
            if (a.conditions.size() == 1)
                return side.conditions[a.conditions.first()].alone;
            QStringList out;
            for (int i : a.conditions)
                out.append(side.conditions[i].display);
            return out;
        };
        atom.roleConditions = shown(role, r);
        atom.referenceConditions = shown(reference, f);
        if (f.conditions.isEmpty()) {
            atom.change = Change::Added;
        } else if (r.conditions.isEmpty()) {
            atom.change = Change::Removed;
        } else if (const auto ri2 = idsOf(role, r), fi2 = idsOf(reference, f); ri2 != fi2) {
            atom.change = Change::ConditionChanged;
            QString pair;
            for (int id : ri2)
                pair += QString::number(id) + u',';
            pair += u'|';
            for (int id : fi2)
                pair += QString::number(id) + u',';
            auto known = propertiesOf.constFind(pair);
            if (known == propertiesOf.cend())
                known = propertiesOf.insert(pair, changedProperties(role, r, reference, f));
            atom.changedProperties = *known;
        }
        result.atoms.append(std::move(atom));
    }
    return result;
}

QSet<QString> setOf(const std::optional<QStringList>& list) {
    const QStringList l = list.value_or(QStringList());
    return QSet<QString>(l.cbegin(), l.cend());
}

QStringList sorted(const QSet<QString>& set) {
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

struct Grant {
    QString domain, entity, action;
};

//! Grants one atom under the reference policy's condition: joins a concrete policy of that
//! entity with the same condition, or adds one.
void grantAs(QList<DomainPermissionPolicy>& policies, const Grant& g,
             const DomainPermissionPolicy& like) {
    const QString key = canonicalCondition(like.resourceConditionNode);
    for (DomainPermissionPolicy& p : policies) {
        if (p.domain != g.domain || p.entityName != g.entity
            || canonicalCondition(p.resourceConditionNode) != key)
            continue;
        QStringList actions = p.actionSet.value_or(QStringList());
        if (!actions.contains(g.action) && !actions.contains(kAny))
            actions.append(g.action);
        p.actionSet = actions;
        return;
    }
    DomainPermissionPolicy p;
    p.domain = g.domain;
    p.entityName = g.entity;
    p.actionSet = QStringList{g.action};
    p.allowConditions = like.allowConditions;
    p.resourceConditionNode = like.resourceConditionNode;
    p.namedResources = like.namedResources;
    policies.append(p);
}

} // namespace

QString canonicalCondition(const std::optional<DomainResourceConditionNode>& node) {
    if (!node)
        return QString();
    if (!node->conjunction && !node->terms && !node->variableName && !node->conditionOperator
        && !node->operands)
        return QString(); // an empty object is no condition
    return joined(canon(*node, 0));
}

QString glyph(Change c) {
    switch (c) {
    case Change::Added:
        return u"+"_s;
    case Change::Removed:
        return u"-"_s;
    case Change::ConditionChanged:
        return u"~"_s;
    case Change::Unchanged:
        break;
    }
    return u" "_s;
}

int Result::count(Change change) const {
    return int(std::count_if(atoms.cbegin(), atoms.cend(),
                             [change](const AtomDiff& a) { return a.change == change; }));
}

QStringList Result::permissions(Change change) const {
    QStringList out;
    for (const AtomDiff& a : atoms)
        if (a.change == change)
            out.append(a.permission());
    return out;
}

bool Result::isIdentical() const {
    return fields.isEmpty() && permissionsAdded.isEmpty() && permissionsRemoved.isEmpty()
           && std::all_of(atoms.cbegin(), atoms.cend(),
                          [](const AtomDiff& a) { return a.change == Change::Unchanged; });
}

QString Result::toText(const QString& roleLabel, const QString& referenceLabel) const {
    QStringList lines;
    lines.append(QCoreApplication::translate("RoleDiff", "%1 compared with %2")
                     .arg(roleLabel, referenceLabel));
    lines.append(QCoreApplication::translate(
                     "RoleDiff", "+ granted only by %1, - granted only by %2, ~ condition differs")
                     .arg(roleLabel, referenceLabel));
    for (const FieldDiff& f : fields)
        lines.append(QCoreApplication::translate("RoleDiff", "%1: \"%2\" -> \"%3\"")
                         .arg(f.field, f.reference, f.role));
    for (const AtomDiff& a : atoms) {
        if (a.change == Change::Unchanged)
            continue;
        QString line = glyph(a.change) + u' ' + a.permission();
        const QStringList& conditions =
            a.change == Change::Removed ? a.referenceConditions : a.roleConditions;
        if (a.change == Change::ConditionChanged)
            line += u"  "_s
                    + QCoreApplication::translate("RoleDiff", "(%1: %2; %3: %4)")
                          .arg(roleLabel,
                               conditions.join(u"; "_s).isEmpty()
                                   ? QCoreApplication::translate("RoleDiff", "no condition")
                                   : conditions.join(u"; "_s),
                               referenceLabel,
                               a.referenceConditions.join(u"; "_s).isEmpty()
                                   ? QCoreApplication::translate("RoleDiff", "no condition")
                                   : a.referenceConditions.join(u"; "_s));
        else if (!conditions.join(QString()).isEmpty())
            line +=
                u"  "_s
                + QCoreApplication::translate("RoleDiff", "if %1").arg(conditions.join(u"; "_s));
        lines.append(line);
    }
    for (const QString& p : permissionsAdded)
        lines.append(QCoreApplication::translate("RoleDiff", "+ permissions[] %1").arg(p));
    for (const QString& p : permissionsRemoved)
        lines.append(QCoreApplication::translate("RoleDiff", "- permissions[] %1").arg(p));
    if (isIdentical())
        lines.append(QCoreApplication::translate("RoleDiff", "No differences."));
    return lines.join(u'\n') + u'\n';
}

QHash<QString, QStringList> atomsOf(const QList<DomainPermissionPolicy>& policies,
                                    const CatalogIndex& catalog,
                                    QHash<QString, QString>* conditionText) {
    Interner interner;
    const Indexed side = index(policies, catalog, interner);
    if (conditionText)
        for (const Indexed::Condition& c : side.conditions)
            conditionText->insert(c.key, c.display);
    QHash<QString, QStringList> out;
    out.reserve(side.atoms.size());
    for (auto it = side.atoms.cbegin(); it != side.atoms.cend(); ++it) {
        QStringList keys;
        for (int i : it->conditions)
            keys.append(side.conditions[i].key);
        keys.sort();
        out.insert(it.key().domain % u':' % it.key().entity % u':' % it.key().action, keys);
    }
    return out;
}

Result compare(const Side& role, const Side& reference) {
    const QList<DomainPermissionPolicy> rp =
        role.role.permissionPolicies.value_or(QList<DomainPermissionPolicy>());
    const QList<DomainPermissionPolicy> fp =
        reference.role.permissionPolicies.value_or(QList<DomainPermissionPolicy>());
    Interner interner;
    Result result =
        diffIndexed(index(rp, role.catalog, interner), index(fp, reference.catalog, interner));
    const QString rn = role.role.name.value_or(QString());
    const QString fn = reference.role.name.value_or(QString());
    if (rn != fn)
        result.fields.append({u"name"_s, fn, rn});
    const QString rd = role.role.description.value_or(QString());
    const QString fd = reference.role.description.value_or(QString());
    if (rd != fd)
        result.fields.append({u"description"_s, fd, rd});
    const QSet<QString> rl = setOf(role.role.permissions);
    const QSet<QString> fl = setOf(reference.role.permissions);
    result.permissionsAdded = sorted(rl - fl);
    result.permissionsRemoved = sorted(fl - rl);
    return result;
}

Result compare(const DomainOrganizationRole& role, const DomainOrganizationRole& reference,
               const CatalogIndex& catalog) {
    return compare(Side{role, catalog}, Side{reference, catalog});
}

QStringList disagreements(const Result& engine, const DomainOrgRoleDifference& server,
                          const CatalogIndex& catalog) {
    const auto list = [](const std::optional<QList<DomainPermissionPolicy>>& l) {
        return l.value_or(QList<DomainPermissionPolicy>());
    };
    const QList<DomainPermissionPolicy> roleSide =
        list(server.samePermissionPolicies) + list(server.addedPermissionPolicies);
    const QList<DomainPermissionPolicy> defaultSide =
        list(server.samePermissionPolicies) + list(server.removedPermissionPolicies);
    Interner interner;
    const Result implied =
        diffIndexed(index(roleSide, catalog, interner), index(defaultSide, catalog, interner));
    QHash<QString, const AtomDiff*> theirs;
    for (const AtomDiff& a : implied.atoms)
        theirs.insert(a.permission(), &a);
    QSet<QString> out;
    for (const AtomDiff& a : engine.atoms) {
        const AtomDiff* t = theirs.take(a.permission());
        if (!t || t->change != a.change)
            out.insert(a.permission());
    }
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it)
        out.insert(it.key());
    return sorted(out);
}

QList<DomainPermissionPolicy> takeBack(const QList<DomainPermissionPolicy>& rolePolicies,
                                       const QList<DomainPermissionPolicy>& referencePolicies,
                                       const QStringList& permissions,
                                       const CatalogIndex& catalog) {
    QList<DomainPermissionPolicy> out =
        PolicyEditing::setGranted(rolePolicies, permissions, false, catalog);
    for (const QString& permission : permissions) {
        const QStringList parts = permission.split(u':');
        if (parts.size() != 3)
            continue;
        const Grant g{parts[0], parts[1], parts[2]};
        QSet<QString> seen; // one grant per distinct condition of the reference
        for (const DomainPermissionPolicy& p : referencePolicies) {
            if (!policyGrants(p, g.domain, g.entity, g.action))
                continue;
            const QString condition = canonicalCondition(p.resourceConditionNode);
            if (seen.contains(condition))
                continue;
            seen.insert(condition);
            grantAs(out, g, p);
        }
    }
    return out;
}

} // namespace RoleDiff
