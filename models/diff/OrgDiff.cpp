#include "diff/OrgDiff.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using RoleDiff::Change;

namespace OrgDiff {
namespace {

QString nameOf(const DomainOrganizationRole& r) {
    return r.name.value_or(QString());
}

bool byName(const RoleRef& a, const RoleRef& b) {
    return a.name.localeAwareCompare(b.name) < 0 || (a.name == b.name && a.id < b.id);
}

QJsonArray strings(const QStringList& list) {
    return QJsonArray::fromStringList(list);
}

} // namespace

Result compare(const OrgData& earlier, const OrgData& later) {
    const CatalogIndex earlierCatalog(earlier.catalog);
    const CatalogIndex laterCatalog(later.catalog);
    QHash<QString, const DomainOrganizationRole*> before;
    for (const DomainOrganizationRole& r : earlier.roles)
        before.insert(r.id.value_or(QString()), &r);
    Result result;
    for (const DomainOrganizationRole& r : later.roles) {
        const QString id = r.id.value_or(QString());
        const DomainOrganizationRole* old = before.take(id);
        if (!old) {
            result.added.append({id, nameOf(r)});
            continue;
        }
        RoleDiff::Result d = RoleDiff::compare({r, laterCatalog}, {*old, earlierCatalog});
        // The legacy list is derived from the policies: the atoms already say what changed.
        d.permissionsAdded.clear();
        d.permissionsRemoved.clear();
        if (d.isIdentical())
            ++result.unchanged;
        else
            result.changed.append({id, nameOf(r), std::move(d)});
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        result.removed.append({it.key(), nameOf(**it)});
    std::sort(result.added.begin(), result.added.end(), byName);
    std::sort(result.removed.begin(), result.removed.end(), byName);
    std::sort(result.changed.begin(), result.changed.end(),
              [](const ChangedRole& a, const ChangedRole& b) {
                  return byName({a.id, a.name}, {b.id, b.name});
              });
    return result;
}

QJsonObject Result::toJson() const {
    const auto refs = [](const QList<RoleRef>& list) {
        QJsonArray out;
        for (const RoleRef& r : list)
            out.append(QJsonObject{{u"id"_s, r.id}, {u"name"_s, r.name}});
        return out;
    };
    QJsonArray changedArray;
    for (const ChangedRole& c : changed) {
        QJsonObject fields;
        for (const RoleDiff::FieldDiff& f : c.diff.fields)
            fields.insert(f.field, QJsonArray{f.reference, f.role});
        changedArray.append(QJsonObject{
            {u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"fields"_s, fields},
            {u"permissionsAdded"_s, strings(c.diff.permissions(Change::Added))},
            {u"permissionsRemoved"_s, strings(c.diff.permissions(Change::Removed))},
            {u"conditionsChanged"_s, strings(c.diff.permissions(Change::ConditionChanged))}});
    }
    return QJsonObject{{u"roles"_s, QJsonObject{{u"added"_s, refs(added)},
                                                {u"removed"_s, refs(removed)},
                                                {u"changed"_s, changedArray}}}};
}

QString Result::toText() const {
    QStringList lines;
    if (!added.isEmpty()) {
        lines.append(QCoreApplication::translate("OrgDiff", "Roles added (%n):", nullptr,
                                                 int(added.size())));
        for (const RoleRef& r : added)
            lines.append(u"  + %1  [%2]"_s.arg(r.name, r.id));
    }
    if (!removed.isEmpty()) {
        lines.append(QCoreApplication::translate("OrgDiff", "Roles removed (%n):", nullptr,
                                                 int(removed.size())));
        for (const RoleRef& r : removed)
            lines.append(u"  - %1  [%2]"_s.arg(r.name, r.id));
    }
    if (!changed.isEmpty()) {
        lines.append(QCoreApplication::translate("OrgDiff", "Roles changed (%n):", nullptr,
                                                 int(changed.size())));
        for (const ChangedRole& c : changed) {
            lines.append(u"  ~ %1  [%2]"_s.arg(c.name, c.id));
            for (const RoleDiff::FieldDiff& f : c.diff.fields)
                lines.append(u"      %1: \"%2\" -> \"%3\""_s.arg(f.field, f.reference, f.role));
            for (const QString& p : c.diff.permissions(Change::Added))
                lines.append(u"      + "_s + p);
            for (const QString& p : c.diff.permissions(Change::Removed))
                lines.append(u"      - "_s + p);
            for (const QString& p : c.diff.permissions(Change::ConditionChanged))
                lines.append(u"      ~ "_s + p + u"  "_s
                             + QCoreApplication::translate("OrgDiff", "(condition)"));
        }
    }
    lines.append(isSame() ? QCoreApplication::translate(
                     "OrgDiff", "The snapshots have the same roles (%n).", nullptr, unchanged)
                          : QCoreApplication::translate(
                                "OrgDiff", "%1 added, %2 removed, %3 changed, %4 the same.")
                                .arg(added.size())
                                .arg(removed.size())
                                .arg(changed.size())
                                .arg(unchanged));
    return lines.join(u'\n') + u'\n';
}

} // namespace OrgDiff
