#include "roles/RolePolicies.h"

#include "core/JsonStrings.h"

#include <QJsonDocument>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace RolePolicies {
namespace {

const QSet<QString> kOperators = {u"EQ"_s, u"IN"_s, u"GE"_s, u"GT"_s, u"LE"_s, u"LT"_s};
const QSet<QString> kConjunctions = {u"AND"_s, u"OR"_s};
const QSet<QString> kOperandTypes = {u"SCALAR"_s, u"VARIABLE"_s, u"USER"_s, u"TEAM"_s, u"QUEUE"_s};

std::optional<Problem> validateCondition(const QJsonValue& value, const QString& field) {
    if (!value.isObject())
        return Problem{u"%1 must be an object."_s.arg(field), field, u"bad.request"_s};
    const QJsonObject node = value.toObject();
    const bool branch = node.contains("conjunction"_L1) || node.contains("terms"_L1);
    if (branch) {
        const QString conjunction = node.value("conjunction"_L1).toString();
        if (!kConjunctions.contains(conjunction))
            return Problem{
                u"%1.conjunction must be AND or OR, not \"%2\"."_s.arg(field, conjunction),
                field + u".conjunction"_s, u"invalid.condition"_s};
        const QJsonArray terms = node.value("terms"_L1).toArray();
        if (terms.isEmpty())
            return Problem{u"%1.terms must hold at least one condition."_s.arg(field),
                           field + u".terms"_s, u"invalid.condition"_s};
        for (qsizetype i = 0; i < terms.size(); ++i)
            if (auto p = validateCondition(terms[i], u"%1.terms[%2]"_s.arg(field).arg(i)))
                return p;
        return std::nullopt;
    }
    if (node.value("variableName"_L1).toString().isEmpty())
        return Problem{u"%1.variableName is required."_s.arg(field), field + u".variableName"_s,
                       u"invalid.condition"_s};
    const QString op = node.value("operator"_L1).toString();
    if (!kOperators.contains(op))
        return Problem{
            u"%1.operator must be one of EQ, IN, GE, GT, LE, LT, not \"%2\"."_s.arg(field, op),
            field + u".operator"_s, u"invalid.condition"_s};
    const QJsonArray operands = node.value("operands"_L1).toArray();
    if (operands.isEmpty() || (op != "IN"_L1 && operands.size() != 1))
        return Problem{op == "IN"_L1
                           ? u"%1.operands must hold at least one value for IN."_s.arg(field)
                           : u"%1.operands must hold exactly one value for %2."_s.arg(field, op),
                       field + u".operands"_s, u"invalid.condition"_s};
    for (qsizetype i = 0; i < operands.size(); ++i) {
        const QJsonObject operand = operands[i].toObject();
        const QString type = operand.value("type"_L1).toString();
        const QString where = u"%1.operands[%2]"_s.arg(field).arg(i);
        if (!kOperandTypes.contains(type))
            return Problem{u"%1.type must be SCALAR, VARIABLE, USER, TEAM or QUEUE."_s.arg(where),
                           where + u".type"_s, u"invalid.condition"_s};
        const QString refKey = type.toLower();
        const bool hasValue =
            (type == "SCALAR"_L1 || type == "VARIABLE"_L1)
                ? !operand.value("value"_L1).toString().isEmpty()
                : !operand.value(refKey).toObject().value("id"_L1).toString().isEmpty();
        if (!hasValue)
            return Problem{
                type == "SCALAR"_L1 || type == "VARIABLE"_L1
                    ? u"%1.value is required for %2 operands."_s.arg(where, type)
                    : u"%1.%2.id is required for %3 operands."_s.arg(where, refKey, type),
                where, u"invalid.condition"_s};
    }
    return std::nullopt;
}

QString conditionKey(const QJsonObject& policy) {
    const QJsonValue c = policy.value("resourceConditionNode"_L1);
    return c.isObject()
               ? QString::fromUtf8(QJsonDocument(c.toObject()).toJson(QJsonDocument::Compact))
               : QString();
}

QStringList actionsOf(const QJsonObject& policy) {
    return jsonStrings(policy.value("actionSet"_L1));
}

QJsonObject policyWith(const QJsonObject& base, const QStringList& actions) {
    QJsonObject p = base;
    QStringList sorted = actions;
    sorted.sort();
    p.insert("actionSet"_L1, QJsonArray::fromStringList(sorted));
    return p;
}

QJsonObject newPolicy(const QString& domain, const QString& entity, const QStringList& actions) {
    return policyWith(QJsonObject{{u"domain"_s, domain},
                                  {u"entityName"_s, entity},
                                  {u"policyName"_s, u"%1:%2"_s.arg(domain, entity)},
                                  {u"allowConditions"_s, false}},
                      actions);
}

} // namespace

std::optional<Problem> validate(const QJsonArray& policies, const PermissionCatalog& catalog) {
    QSet<QString> seen;
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const QString field = u"permissionPolicies[%1]"_s.arg(i);
        if (!policies[i].isObject())
            return Problem{u"%1 must be an object."_s.arg(field), field, u"bad.request"_s};
        const QJsonObject policy = policies[i].toObject();
        const QJsonValue domainValue = policy.value("domain"_L1);
        const QJsonValue entityValue = policy.value("entityName"_L1);
        if (!domainValue.isString() || domainValue.toString().isEmpty())
            return Problem{u"%1.domain is required."_s.arg(field), field + u".domain"_s,
                           u"bad.request"_s};
        if (!entityValue.isString() || entityValue.toString().isEmpty())
            return Problem{u"%1.entityName is required."_s.arg(field), field + u".entityName"_s,
                           u"bad.request"_s};
        const QString domain = domainValue.toString();
        const QString entity = entityValue.toString();
        if (!catalog.hasDomain(domain))
            return Problem{u"Unknown permission domain \"%1\" in %2."_s.arg(domain, field),
                           field + u".domain"_s, u"invalid.permission"_s};
        if (entity != "*"_L1 && !catalog.hasEntity(domain, entity))
            return Problem{
                u"Unknown entity \"%1\" in domain \"%2\" (%3)."_s.arg(entity, domain, field),
                field + u".entityName"_s, u"invalid.permission"_s};
        const QJsonValue actionValue = policy.value("actionSet"_L1);
        if (!actionValue.isArray() || actionValue.toArray().isEmpty())
            return Problem{u"%1.actionSet must list at least one action."_s.arg(field),
                           field + u".actionSet"_s, u"bad.request"_s};
        const bool hasCondition = policy.value("resourceConditionNode"_L1).isObject();
        for (const QJsonValue& a : actionValue.toArray()) {
            const QString action = a.toString();
            if (!a.isString() || action.isEmpty())
                return Problem{u"%1.actionSet holds an empty or non-string action."_s.arg(field),
                               field + u".actionSet"_s, u"bad.request"_s};
            const QString permission = u"%1:%2:%3"_s.arg(domain, entity, action);
            if (action != "*"_L1) {
                bool known = false;
                const QStringList entities =
                    entity == "*"_L1 ? catalog.entities(domain) : QStringList{entity};
                for (const QString& e : entities)
                    known = known || catalog.find(domain, e, action);
                if (!known)
                    return Problem{u"Unknown permission \"%1\" in %2."_s.arg(permission, field),
                                   field + u".actionSet"_s, u"invalid.permission"_s};
            }
            const QString key = permission + u'|' + conditionKey(policy);
            if (seen.contains(key))
                return Problem{u"Permission \"%1\" is listed twice."_s.arg(permission),
                               field + u".actionSet"_s, u"duplicate.permission"_s};
            seen.insert(key);
            if (hasCondition) {
                if (entity == "*"_L1 || action == "*"_L1)
                    return Problem{u"Conditions cannot be attached to the wildcard permission"
                                   " \"%1\"."_s.arg(permission),
                                   field + u".resourceConditionNode"_s, u"invalid.condition"_s};
                if (!catalog.find(domain, entity, action)->allowsConditions)
                    return Problem{
                        u"Permission \"%1\" does not allow conditions."_s.arg(permission),
                        field + u".resourceConditionNode"_s, u"invalid.condition"_s};
            }
        }
        if (hasCondition)
            if (auto p = validateCondition(policy.value("resourceConditionNode"_L1),
                                           field + u".resourceConditionNode"_s))
                return p;
    }
    return std::nullopt;
}

QJsonArray fromPermissionStrings(const QStringList& permissions, const PermissionCatalog& catalog,
                                 std::optional<Problem>* problem) {
    QMap<QPair<QString, QString>, QStringList> grouped;
    for (qsizetype i = 0; i < permissions.size(); ++i) {
        const QStringList parts = permissions[i].split(u':');
        if (parts.size() != 3 || parts.contains(QString())) {
            *problem =
                Problem{u"\"%1\" is not a domain:entity:action permission."_s.arg(permissions[i]),
                        u"permissions[%1]"_s.arg(i), u"invalid.permission"_s};
            return {};
        }
        QStringList& actions = grouped[{parts[0], parts[1]}];
        if (!actions.contains(parts[2]))
            actions.append(parts[2]);
    }
    QJsonArray out;
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it)
        out.append(newPolicy(it.key().first, it.key().second, it.value()));
    *problem = validate(out, catalog);
    return out;
}

QStringList permissionStrings(const QJsonArray& policies) {
    QStringList out;
    for (const QJsonValue& v : policies) {
        const QJsonObject p = v.toObject();
        const QString prefix =
            p.value("domain"_L1).toString() + u':' + p.value("entityName"_L1).toString() + u':';
        for (const QString& action : actionsOf(p))
            out.append(prefix + action);
    }
    // removeDuplicates hashes: a default role of a thousand permissions costs no search of the
    // list for each of them.
    out.removeDuplicates();
    out.sort();
    return out;
}

bool grants(const QJsonArray& policies, const QString& permission) {
    const QStringList parts = permission.split(u':');
    if (parts.size() != 3)
        return false;
    for (const QJsonValue& v : policies) {
        const QJsonObject p = v.toObject();
        const QString domain = p.value("domain"_L1).toString();
        const QString entity = p.value("entityName"_L1).toString();
        if ((domain != parts[0] && domain != "*"_L1) || (entity != parts[1] && entity != "*"_L1))
            continue;
        const QStringList actions = actionsOf(p);
        if (actions.contains(parts[2]) || actions.contains(u"*"_s))
            return true;
    }
    return false;
}

QJsonArray expandGrants(const QStringList& patterns, const PermissionCatalog& catalog) {
    QMap<QPair<QString, QString>, QStringList> grouped;
    for (const QString& pattern : patterns) {
        const QStringList parts = pattern.split(u':');
        if (parts.size() != 3)
            continue;
        const QStringList domains = parts[0] == "*"_L1 ? catalog.domains() : QStringList{parts[0]};
        for (const QString& domain : domains) {
            if (!catalog.hasDomain(domain))
                continue;
            if (parts[1] == "*"_L1 && parts[2] == "*"_L1) {
                grouped[{domain, u"*"_s}] = QStringList{u"*"_s};
                continue;
            }
            const QStringList entities =
                parts[1] == "*"_L1 ? catalog.entities(domain) : QStringList{parts[1]};
            for (const QString& entity : entities) {
                for (const QString& action : catalog.actions(domain, entity)) {
                    if (parts[2] != "*"_L1 && parts[2] != action)
                        continue;
                    QStringList& actions = grouped[{domain, entity}];
                    if (!actions.contains(action))
                        actions.append(action);
                }
            }
        }
    }
    QJsonArray out;
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
        // A domain-wide wildcard makes the domain's concrete policies redundant.
        if (it.key().second != "*"_L1 && grouped.contains({it.key().first, u"*"_s}))
            continue;
        out.append(newPolicy(it.key().first, it.key().second, it.value()));
    }
    return out;
}

Difference difference(const QJsonArray& left, const QJsonArray& right) {
    // domain, entity and condition joined by a separator no name contains; sorts by domain first.
    using Key = QString;
    struct Side {
        QJsonObject policy;
        QStringList actions;
    };
    auto index = [](const QJsonArray& policies) {
        QMap<Key, Side> out;
        for (const QJsonValue& v : policies) {
            const QJsonObject p = v.toObject();
            const Key key = p.value("domain"_L1).toString() + u'\x1f'
                            + p.value("entityName"_L1).toString() + u'\x1f' + conditionKey(p);
            Side& side = out[key];
            if (side.policy.isEmpty())
                side.policy = p;
            for (const QString& a : actionsOf(p))
                if (!side.actions.contains(a))
                    side.actions.append(a);
        }
        return out;
    };
    const QMap<Key, Side> l = index(left);
    const QMap<Key, Side> r = index(right);
    QList<Key> ordered = l.keys() + r.keys();
    std::sort(ordered.begin(), ordered.end());
    ordered.erase(std::unique(ordered.begin(), ordered.end()), ordered.end());

    Difference diff;
    for (const Key& key : ordered) {
        const Side ls = l.value(key);
        const Side rs = r.value(key);
        QStringList onlyLeft, onlyRight, both;
        for (const QString& a : ls.actions)
            (rs.actions.contains(a) ? both : onlyLeft).append(a);
        for (const QString& a : rs.actions)
            if (!ls.actions.contains(a))
                onlyRight.append(a);
        const QJsonObject base = ls.policy.isEmpty() ? rs.policy : ls.policy;
        if (!onlyLeft.isEmpty())
            diff.added.append(policyWith(ls.policy, onlyLeft));
        if (!onlyRight.isEmpty())
            diff.removed.append(policyWith(rs.policy, onlyRight));
        if (!both.isEmpty())
            diff.same.append(policyWith(base, both));
    }
    return diff;
}

} // namespace RolePolicies
