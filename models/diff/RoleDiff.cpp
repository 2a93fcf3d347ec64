#include "diff/RoleDiff.h"

#include "roles/ConditionText.h"
#include "roles/PolicyEditing.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace RoleDiff {
namespace {

const QString kAny = u"*"_s;
// Deeper trees than this are not compared term by term; the API itself nests a handful.
constexpr int kMaxDepth = 64;

QString tr(const char* text) {
    return QCoreApplication::translate("RoleDiff", text);
}

QString escaped(const QString& s) {
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QString operandKey(const DomainResourceConditionValue& v) {
    const QString type = v.type.value_or(u"SCALAR"_s).toUpper();
    const std::optional<EntityReference>& ref = type == "USER"_L1   ? v.user
                                                : type == "TEAM"_L1 ? v.team
                                                                    : v.queue;
    const bool isReference = type == "USER"_L1 || type == "TEAM"_L1 || type == "QUEUE"_L1;
    const QString value = isReference && ref ? ref->id.value_or(QString())
                          : isReference      ? v.value.value_or(QString())
                                             : v.value.value_or(QString());
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

//! One side, indexed: per atom, the distinct conditions that grant it, as indices into the
//! side's distinct conditions.
struct Indexed {
    struct Condition {
        QString key;
        const DomainPermissionPolicy* policy = nullptr; //!< the first policy with it
    };
    QList<Condition> conditions;
    QHash<QString, QList<int>> atoms; //!< "d:e:a" -> condition indices, no duplicates
};

template <typename Visit>
void forEachAtom(const DomainPermissionPolicy& p, const CatalogIndex& catalog, Visit&& visit) {
    const QString domain = p.domain.value_or(QString());
    const QString entity = p.entityName.value_or(QString());
    const QStringList actions = p.actionSet.value_or(QStringList());
    const bool canExpand = !catalog.isEmpty();
    const QStringList domains =
        domain == kAny && canExpand ? catalog.domains() : QStringList{domain};
    for (const QString& d : domains) {
        const QStringList entities =
            entity == kAny && canExpand ? catalog.entities(d) : QStringList{entity};
        for (const QString& e : entities) {
            for (const QString& a : actions) {
                const QStringList concrete =
                    a == kAny && canExpand ? catalog.actions(d, e) : QStringList();
                if (concrete.isEmpty()) {
                    visit(d, e, a);
                    continue;
                }
                for (const QString& c : concrete)
                    visit(d, e, c);
            }
        }
    }
}

Indexed index(const QList<DomainPermissionPolicy>& policies, const CatalogIndex& catalog) {
    Indexed out;
    QHash<QString, int> byKey;
    for (const DomainPermissionPolicy& p : policies) {
        const QString key = canonicalCondition(p.resourceConditionNode);
        auto found = byKey.constFind(key);
        int ci;
        if (found == byKey.cend()) {
            ci = int(out.conditions.size());
            out.conditions.append({key, &p});
            byKey.insert(key, ci);
        } else {
            ci = *found;
        }
        forEachAtom(p, catalog, [&](const QString& d, const QString& e, const QString& a) {
            QList<int>& list = out.atoms[d + u':' + e + u':' + a];
            if (!list.contains(ci))
                list.append(ci);
        });
    }
    return out;
}

QString displayOf(const Indexed::Condition& c) {
    const auto& node = c.policy->resourceConditionNode;
    return c.key.isEmpty() || !node ? QString() : ConditionText::format(*node);
}

QStringList keysOf(const Indexed& side, const QList<int>& indices) {
    QStringList keys;
    for (int i : indices)
        keys.append(side.conditions[i].key);
    keys.sort();
    return keys;
}

QStringList changedProperties(const Indexed& role, const QList<int>& r, const Indexed& reference,
                              const QList<int>& f) {
    QSet<QString> roleLeaves, referenceLeaves;
    QHash<QString, QString> variableOf;
    bool roleUnconditioned = false, referenceUnconditioned = false;
    for (int i : r) {
        if (const auto& n = role.conditions[i].policy->resourceConditionNode;
            n && !role.conditions[i].key.isEmpty())
            collectLeaves(*n, roleLeaves, variableOf, 0);
        else
            roleUnconditioned = true;
    }
    for (int i : f) {
        if (const auto& n = reference.conditions[i].policy->resourceConditionNode;
            n && !reference.conditions[i].key.isEmpty())
            collectLeaves(*n, referenceLeaves, variableOf, 0);
        else
            referenceUnconditioned = true;
    }
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
    QStringList keys = role.atoms.keys();
    for (auto it = reference.atoms.cbegin(); it != reference.atoms.cend(); ++it)
        if (!role.atoms.contains(it.key()))
            keys.append(it.key());
    std::sort(keys.begin(), keys.end());
    result.atoms.reserve(keys.size());
    for (const QString& key : keys) {
        const QList<int> r = role.atoms.value(key);
        const QList<int> f = reference.atoms.value(key);
        AtomDiff atom;
        const qsizetype c1 = key.indexOf(u':');
        const qsizetype c2 = key.indexOf(u':', c1 + 1);
        atom.domain = key.left(c1);
        atom.entity = key.mid(c1 + 1, c2 - c1 - 1);
        atom.action = key.mid(c2 + 1);
        for (int i : r)
            atom.roleConditions.append(displayOf(role.conditions[i]));
        for (int i : f)
            atom.referenceConditions.append(displayOf(reference.conditions[i]));
        if (f.isEmpty()) {
            atom.change = Change::Added;
        } else if (r.isEmpty()) {
            atom.change = Change::Removed;
        } else if (keysOf(role, r) != keysOf(reference, f)) {
            atom.change = Change::ConditionChanged;
            atom.changedProperties = changedProperties(role, r, reference, f);
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

QString changeGlyph(Change c) {
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
    lines.append(tr("%1 compared with %2").arg(roleLabel, referenceLabel));
    lines.append(tr("+ granted only by %1, - granted only by %2, ~ condition differs")
                     .arg(roleLabel, referenceLabel));
    for (const FieldDiff& f : fields)
        lines.append(tr("%1: \"%2\" -> \"%3\"").arg(f.field, f.reference, f.role));
    for (const AtomDiff& a : atoms) {
        if (a.change == Change::Unchanged)
            continue;
        QString line = changeGlyph(a.change) + u' ' + a.permission();
        const QStringList& conditions =
            a.change == Change::Removed ? a.referenceConditions : a.roleConditions;
        if (a.change == Change::ConditionChanged)
            line += u"  "_s
                    + tr("(%1: %2; %3: %4)")
                          .arg(roleLabel,
                               conditions.join(u"; "_s).isEmpty() ? tr("no condition")
                                                                  : conditions.join(u"; "_s),
                               referenceLabel,
                               a.referenceConditions.join(u"; "_s).isEmpty()
                                   ? tr("no condition")
                                   : a.referenceConditions.join(u"; "_s));
        else if (!conditions.join(QString()).isEmpty())
            line += u"  "_s + tr("if %1").arg(conditions.join(u"; "_s));
        lines.append(line);
    }
    for (const QString& p : permissionsAdded)
        lines.append(tr("+ permissions[] %1").arg(p));
    for (const QString& p : permissionsRemoved)
        lines.append(tr("- permissions[] %1").arg(p));
    if (isIdentical())
        lines.append(tr("No differences."));
    return lines.join(u'\n') + u'\n';
}

QHash<QString, QStringList> atomsOf(const QList<DomainPermissionPolicy>& policies,
                                    const CatalogIndex& catalog) {
    const Indexed side = index(policies, catalog);
    QHash<QString, QStringList> out;
    out.reserve(side.atoms.size());
    for (auto it = side.atoms.cbegin(); it != side.atoms.cend(); ++it)
        out.insert(it.key(), keysOf(side, it.value()));
    return out;
}

Result compare(const Side& role, const Side& reference) {
    const QList<DomainPermissionPolicy> rp =
        role.role.permissionPolicies.value_or(QList<DomainPermissionPolicy>());
    const QList<DomainPermissionPolicy> fp =
        reference.role.permissionPolicies.value_or(QList<DomainPermissionPolicy>());
    Result result = diffIndexed(index(rp, role.catalog), index(fp, reference.catalog));
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
    const Result implied = diffIndexed(
        index(list(server.samePermissionPolicies) + list(server.addedPermissionPolicies), catalog),
        index(list(server.samePermissionPolicies) + list(server.removedPermissionPolicies),
              catalog));
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
            bool grants = false;
            forEachAtom(p, catalog, [&](const QString& d, const QString& e, const QString& a) {
                grants = grants || (d == g.domain && e == g.entity && a == g.action);
            });
            if (!grants || seen.contains(canonicalCondition(p.resourceConditionNode)))
                continue;
            seen.insert(canonicalCondition(p.resourceConditionNode));
            grantAs(out, g, p);
        }
    }
    return out;
}

} // namespace RoleDiff
