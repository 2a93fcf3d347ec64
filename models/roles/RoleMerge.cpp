#include "roles/RoleMerge.h"

#include "diff/RoleDiff.h"
#include "roles/PolicyEditing.h"

using namespace Qt::StringLiterals;

namespace RoleMerge {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RoleMerge)
};

//! One side's field after the merge; false when both changed it differently.
bool mergeField(const QString& base, const QString& theirs, const QString& mine, QString* out) {
    if (mine == base || mine == theirs) {
        *out = theirs;
        return true;
    }
    if (theirs == base) {
        *out = mine;
        return true;
    }
    return false;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

} // namespace

Result merge(const RoleContent& base, const RoleContent& theirs, const RoleContent& mine,
             const CatalogIndex& catalog) {
    // One side changed nothing: the other is the answer.
    if (theirs == base)
        return {mine, {}};
    if (mine == base)
        return {theirs, {}};
    RoleContent merged = theirs;
    if (!mergeField(base.name, theirs.name, mine.name, &merged.name))
        return {std::nullopt, Tr::tr("You both renamed the role.")};
    if (!mergeField(base.description, theirs.description, mine.description, &merged.description))
        return {std::nullopt, Tr::tr("You both changed the description.")};

    const auto b = RoleDiff::atomsOf(base.policies, catalog);
    const auto t = RoleDiff::atomsOf(theirs.policies, catalog);
    const auto m = RoleDiff::atomsOf(mine.policies, catalog);
    QSet<QString> all;
    for (const auto* side : {&b, &t, &m})
        for (auto it = side->cbegin(); it != side->cend(); ++it)
            all.insert(it.key());

    QStringList grant, revoke, overlap;
    QHash<QString, QStringList> expected; // every atom, as the merge must leave it
    for (const QString& atom : std::as_const(all)) {
        const QStringList was = sorted(b.value(atom));
        const QStringList their = sorted(t.value(atom));
        const QStringList my = sorted(m.value(atom));
        if (my == was || my == their) {
            expected.insert(atom, their);
            continue;
        }
        if (their != was) {
            overlap.append(atom);
            continue;
        }
        // Only I changed it: a plain grant or revoke is re-applied on theirs.
        const bool plainBefore = was.isEmpty() || was == QStringList{QString()};
        const bool plainAfter = my.isEmpty() || my == QStringList{QString()};
        if (!plainBefore || !plainAfter)
            return {std::nullopt,
                    Tr::tr("Your edits change a condition (%1): save yours over theirs, or"
                           " load theirs and edit again.")
                        .arg(atom)};
        (my.isEmpty() ? revoke : grant).append(atom);
        expected.insert(atom, my);
    }
    if (!overlap.isEmpty()) {
        overlap.sort();
        return {std::nullopt,
                Tr::tr("You both changed %n permission(s): %1", nullptr, int(overlap.size()))
                    .arg(overlap.mid(0, 5).join(u", "_s))};
    }
    grant.sort();
    revoke.sort();
    merged.policies = PolicyEditing::setGranted(merged.policies, grant, true, catalog);
    merged.policies = PolicyEditing::setGranted(merged.policies, revoke, false, catalog);

    // Whatever the policy editing did, the result must be what each side asked for.
    const auto result = RoleDiff::atomsOf(merged.policies, catalog);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (sorted(result.value(it.key())) != it.value())
            return {std::nullopt,
                    Tr::tr("The two edits cannot be combined safely (%1).").arg(it.key())};
    for (auto it = result.cbegin(); it != result.cend(); ++it)
        if (!expected.contains(it.key()) && !it.value().isEmpty())
            return {std::nullopt,
                    Tr::tr("The two edits cannot be combined safely (%1).").arg(it.key())};
    return {merged, {}};
}

} // namespace RoleMerge
