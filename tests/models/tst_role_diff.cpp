// The diff engine and the models over it, without a network: wildcards expand through the
// catalog, conditions compare by meaning (terms and operands in any order), order never counts,
// the legacy permissions list and the fields are compared, the server's comparedefault answer is
// checked, and a take-back changes exactly the chosen atoms.

#include "PolicyFixtures.h"
#include "diff/DiffTreeModel.h"
#include "diff/RestorePoint.h"
#include "diff/RoleDiff.h"
#include "diff/RoleMatrixModel.h"
#include "roles/ConditionText.h"
#include "roles/RoleMerge.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using RoleDiff::Change;

namespace {

Change changeOf(const RoleDiff::Result& r, const QString& permission) {
    for (const RoleDiff::AtomDiff& a : r.atoms)
        if (a.permission() == permission)
            return a.change;
    qWarning("%s is not in the result", qPrintable(permission));
    return Change(-1);
}

} // namespace

class TestRoleDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mergeAppliesMineOnTopOfTheirs();
    void mergeIsNotOfferedWhenEditsOverlap();
    void identicalRolesHaveNoDifference();
    void emptyRoles();
    void orderNeverCounts();
    void wildcardsExpandThroughTheCatalog();
    void conditionsCompareByMeaning();
    void conditionChangesNameTheProperty();
    void legacyPermissionsAndFields();
    void worksAcrossTwoCatalogs();
    void serverAnswerIsChecked();
    void takeBackChangesOnlyTheChosenAtoms();
    void treeModelCountsAndChecks();
    void filterKeepsDifferencesAndMatches();
    void matrixShowsOnlyDifferingRows();
    void textReportNamesEveryDifference();
    void restorePointIsOwnerOnly();
};

void TestRoleDiff::identicalRolesHaveNoDifference() {
    const auto a = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s, u"edit"_s})});
    const RoleDiff::Result r = RoleDiff::compare(a, a, catalog());
    QVERIFY(r.isIdentical());
    QCOMPARE(r.count(Change::Unchanged), 2);
    QCOMPARE(r.atoms.size(), 2);
}

void TestRoleDiff::emptyRoles() {
    const auto empty = role(u"A"_s, {});
    QVERIFY(RoleDiff::compare(empty, empty, catalog()).isIdentical());
    QVERIFY(RoleDiff::compare(empty, empty, catalog()).atoms.isEmpty());
    const auto full = role(u"A"_s, {policy(u"chat"_s, u"room"_s, {u"*"_s})});
    const RoleDiff::Result r = RoleDiff::compare(empty, full, catalog());
    QCOMPARE(r.permissions(Change::Removed),
             (QStringList{u"chat:room:edit"_s, u"chat:room:view"_s}));
    QCOMPARE(RoleDiff::compare(full, empty, catalog()).count(Change::Added), 2);
}

void TestRoleDiff::orderNeverCounts() {
    const auto a = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s, u"edit"_s}),
                                 policy(u"chat"_s, u"room"_s, {u"view"_s})});
    const auto b = role(u"A"_s, {policy(u"chat"_s, u"room"_s, {u"view"_s}),
                                 policy(u"routing"_s, u"queue"_s, {u"edit"_s}),
                                 policy(u"routing"_s, u"queue"_s, {u"view"_s, u"edit"_s})});
    QVERIFY(RoleDiff::compare(a, b, catalog()).isIdentical());
}

void TestRoleDiff::wildcardsExpandThroughTheCatalog() {
    const auto wild = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"*"_s})});
    const auto two = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s, u"edit"_s})});
    RoleDiff::Result r = RoleDiff::compare(wild, two, catalog());
    QCOMPARE(r.permissions(Change::Added),
             (QStringList{u"routing:queue:add"_s, u"routing:queue:delete"_s}));
    QCOMPARE(r.permissions(Change::Unchanged),
             (QStringList{u"routing:queue:edit"_s, u"routing:queue:view"_s}));

    // *:*:* is the whole catalog; routing:*:* the whole domain.
    const auto all = role(u"A"_s, {policy(u"*"_s, u"*"_s, {u"*"_s})});
    const auto routing = role(u"A"_s, {policy(u"routing"_s, u"*"_s, {u"*"_s})});
    r = RoleDiff::compare(all, routing, catalog());
    QCOMPARE(r.permissions(Change::Added), (QStringList{u"chat:room:edit"_s, u"chat:room:view"_s}));
    QCOMPARE(r.count(Change::Unchanged), 5);

    // The same grants written as a wildcard and one by one are the same.
    const auto spelled = role(
        u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s, u"edit"_s, u"add"_s, u"delete"_s}),
                 policy(u"routing"_s, u"wrapupCode"_s, {u"view"_s})});
    QVERIFY(RoleDiff::compare(routing, spelled, catalog()).isIdentical());

    // Without a catalog a wildcard is one literal atom.
    r = RoleDiff::compare(wild, two, CatalogIndex());
    QCOMPARE(r.permissions(Change::Added), QStringList{u"routing:queue:*"_s});
}

void TestRoleDiff::conditionsCompareByMeaning() {
    const QString c1 = uR"((Queue.id IN (queue:q1 "One", queue:q2)) AND (Division.id EQ "d"))"_s;
    const QString c2 = uR"(Division.id EQ "d" AND Queue.id IN (queue:q2 "Two", queue:q1))"_s;
    const auto a = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s}, c1)});
    const auto b = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s}, c2)});
    QVERIFY(RoleDiff::compare(a, b, catalog()).isIdentical());

    // Nested conjunctions of the same kind flatten: (x AND y) AND z is x AND y AND z.
    DomainResourceConditionNode x = *ConditionText::parse(u"User.id EQ user:u1"_s).node;
    DomainResourceConditionNode y = *ConditionText::parse(u"Team.id EQ team:t1"_s).node;
    DomainResourceConditionNode z = *ConditionText::parse(uR"(Division.id EQ "d")"_s).node;
    DomainResourceConditionNode inner;
    inner.conjunction = u"AND"_s;
    inner.terms = std::vector{x, y};
    DomainResourceConditionNode outer;
    outer.conjunction = u"AND"_s;
    outer.terms = std::vector{inner, z};
    DomainResourceConditionNode flat;
    flat.conjunction = u"AND"_s;
    flat.terms = std::vector{z, y, x};
    QCOMPARE(RoleDiff::canonicalCondition(outer), RoleDiff::canonicalCondition(flat));
    // ... but AND is not OR.
    flat.conjunction = u"OR"_s;
    QVERIFY(RoleDiff::canonicalCondition(outer) != RoleDiff::canonicalCondition(flat));
    QVERIFY(RoleDiff::canonicalCondition(std::nullopt).isEmpty());
}

void TestRoleDiff::conditionChangesNameTheProperty() {
    const auto a = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s, u"edit"_s},
                                        uR"(Queue.id IN (queue:q1, queue:q3))"_s)});
    const auto b = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s},
                                        uR"(Queue.id IN (queue:q1, queue:q2))"_s),
                                 policy(u"routing"_s, u"queue"_s, {u"edit"_s})});
    const RoleDiff::Result r = RoleDiff::compare(a, b, catalog());
    QCOMPARE(r.permissions(Change::ConditionChanged),
             (QStringList{u"routing:queue:edit"_s, u"routing:queue:view"_s}));
    for (const RoleDiff::AtomDiff& atom : r.atoms) {
        if (atom.action == "view"_L1) {
            QCOMPARE(atom.changedProperties, QStringList{u"Queue.id"_s});
            QVERIFY(atom.roleConditions.first().contains(u"queue:q3"_s));
            QVERIFY(atom.referenceConditions.first().contains(u"queue:q2"_s));
        } else {
            // One side grants it without a condition.
            QCOMPARE(atom.changedProperties, (QStringList{u"Queue.id"_s, u"condition"_s}));
            QCOMPARE(atom.referenceConditions, QStringList{QString()});
        }
    }
}

void TestRoleDiff::legacyPermissionsAndFields() {
    auto a = role(u"Agent"_s, {});
    auto b = role(u"Agent (copy)"_s, {});
    a.permissions = QStringList{u"routing:queue:view"_s, u"chat:room:view"_s};
    b.permissions = QStringList{u"chat:room:view"_s, u"chat:room:edit"_s};
    a.description = u"new"_s;
    const RoleDiff::Result r = RoleDiff::compare(a, b, catalog());
    QVERIFY(!r.isIdentical());
    QCOMPARE(r.permissionsAdded, QStringList{u"routing:queue:view"_s});
    QCOMPARE(r.permissionsRemoved, QStringList{u"chat:room:edit"_s});
    QCOMPARE(r.fields.size(), 2);
    QCOMPARE(r.fields[0].field, u"name"_s);
    QCOMPARE(r.fields[0].reference, u"Agent (copy)"_s);
    QCOMPARE(r.fields[0].role, u"Agent"_s);
    QCOMPARE(r.fields[1].field, u"description"_s);
    QCOMPARE(r.fields[1].role, u"new"_s);
}

void TestRoleDiff::worksAcrossTwoCatalogs() {
    // Another org whose catalog lacks chat: its wildcard reaches less.
    DomainPermissionCollection chatOnly;
    chatOnly.domain = u"chat"_s;
    DomainPermission view;
    view.domain = u"chat"_s;
    view.entityType = u"room"_s;
    view.action = u"view"_s;
    chatOnly.permissionMap =
        QMap<QString, QList<DomainPermission>>{{u"room"_s, QList<DomainPermission>{view}}};
    const auto wild = role(u"A"_s, {policy(u"chat"_s, u"room"_s, {u"*"_s})});
    const RoleDiff::Result r =
        RoleDiff::compare({wild, catalog()}, {wild, CatalogIndex({chatOnly})});
    QCOMPARE(r.permissions(Change::Added), QStringList{u"chat:room:edit"_s});
    QCOMPARE(r.permissions(Change::Unchanged), QStringList{u"chat:room:view"_s});
}

void TestRoleDiff::serverAnswerIsChecked() {
    const auto mine =
        role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"*"_s}),
                      policy(u"chat"_s, u"room"_s, {u"view"_s}, u"User.id EQ user:u"_s)});
    const auto def = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s}),
                                   policy(u"chat"_s, u"room"_s, {u"view"_s})});
    const RoleDiff::Result engine = RoleDiff::compare(mine, def, catalog());
    // What a server that compares policy by policy answers: literal wildcards, a condition
    // change as one added and one removed policy.
    DomainOrgRoleDifference server;
    server.addedPermissionPolicies =
        QList{mine.permissionPolicies->at(0), mine.permissionPolicies->at(1)};
    server.removedPermissionPolicies =
        QList{def.permissionPolicies->at(0), def.permissionPolicies->at(1)};
    server.samePermissionPolicies = QList<DomainPermissionPolicy>();
    QCOMPARE(RoleDiff::disagreements(engine, server, catalog()), QStringList());

    // A server that says chat:room:view is the same disagrees about it, and only about it.
    server.addedPermissionPolicies = QList{mine.permissionPolicies->at(0)};
    server.removedPermissionPolicies = QList{def.permissionPolicies->at(0)};
    server.samePermissionPolicies = QList{def.permissionPolicies->at(1)};
    QCOMPARE(RoleDiff::disagreements(engine, server, catalog()), QStringList{u"chat:room:view"_s});

    // A server that forgets an added policy: routing:queue:add etc. are in dispute.
    server.addedPermissionPolicies = QList<DomainPermissionPolicy>();
    QVERIFY(RoleDiff::disagreements(engine, server, catalog()).contains(u"routing:queue:add"_s));
}

void TestRoleDiff::takeBackChangesOnlyTheChosenAtoms() {
    const QString cond = uR"(Queue.id IN (queue:q1))"_s;
    const auto def = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s, u"edit"_s}),
                                   policy(u"routing"_s, u"queue"_s, {u"add"_s}, cond),
                                   policy(u"chat"_s, u"room"_s, {u"view"_s})});
    // Mine: dropped chat:room:view, added routing:* (by wildcard), add without its condition.
    const auto mine = role(u"A"_s, {policy(u"routing"_s, u"*"_s, {u"*"_s})});
    const RoleDiff::Result before = RoleDiff::compare(mine, def, catalog());
    QCOMPARE(before.permissions(Change::Removed), QStringList{u"chat:room:view"_s});
    QCOMPARE(before.permissions(Change::Added),
             (QStringList{u"routing:queue:delete"_s, u"routing:wrapupCode:view"_s}));
    QCOMPARE(before.permissions(Change::ConditionChanged), QStringList{u"routing:queue:add"_s});

    // Take back the removal, the condition and one addition; keep routing:wrapupCode:view.
    auto after = mine;
    after.permissionPolicies = RoleDiff::takeBack(
        *mine.permissionPolicies, *def.permissionPolicies,
        {u"chat:room:view"_s, u"routing:queue:add"_s, u"routing:queue:delete"_s}, catalog());
    const RoleDiff::Result r = RoleDiff::compare(after, def, catalog());
    QCOMPARE(r.permissions(Change::Added), QStringList{u"routing:wrapupCode:view"_s});
    QCOMPARE(r.permissions(Change::Removed), QStringList());
    QCOMPARE(r.permissions(Change::ConditionChanged), QStringList());
    QCOMPARE(changeOf(r, u"routing:queue:add"_s), Change::Unchanged);
    QCOMPARE(changeOf(r, u"routing:queue:view"_s), Change::Unchanged);

    // Taking back everything gives the default.
    after.permissionPolicies =
        RoleDiff::takeBack(*mine.permissionPolicies, *def.permissionPolicies,
                           before.permissions(Change::Added) + before.permissions(Change::Removed)
                               + before.permissions(Change::ConditionChanged),
                           catalog());
    QVERIFY(RoleDiff::compare(after, def, catalog()).isIdentical());
}

void TestRoleDiff::treeModelCountsAndChecks() {
    const auto mine = role(u"A"_s, {policy(u"routing"_s, u"*"_s, {u"*"_s})});
    const auto def = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s}),
                                   policy(u"chat"_s, u"room"_s, {u"view"_s})});
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(RoleDiff::compare(mine, def, catalog()), u"Mine"_s, u"its default"_s);
    QCOMPARE(model.rowCount(), 2); // chat, routing
    const QModelIndex routing = model.index(1, 0);
    QCOMPARE(routing.data().toString(), u"routing"_s);
    QCOMPARE(routing.data(DiffTreeModel::DifferenceCountRole).toInt(), 4);
    QCOMPARE(model.index(1, 1).data().toString(), u"+4"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"\u22121"_s);
    const QModelIndex del = model.indexOf(u"routing:queue:delete"_s);
    QVERIFY(del.isValid());
    QVERIFY(del.data().toString().startsWith(u'+'));
    QCOMPARE(model.index(del.row(), 1, del.parent()).data().toString(), u"only in Mine"_s);
    QCOMPARE(del.data(Qt::ForegroundRole).value<QColor>(), DiffTreeModel::colour(Change::Added));
    const QModelIndex view = model.indexOf(u"routing:queue:view"_s);
    QVERIFY(!view.data().toString().startsWith(u'+'));

    // Not checkable until asked; then only differences, and parents follow their children.
    QVERIFY(!del.data(Qt::CheckStateRole).isValid());
    model.setCheckable(true);
    const QModelIndex d2 = model.indexOf(u"routing:queue:delete"_s);
    QVERIFY(model.setData(d2, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedPermissions(), QStringList{u"routing:queue:delete"_s});
    QCOMPARE(d2.parent().data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QVERIFY(!(model.flags(model.indexOf(u"routing:queue:view"_s)) & Qt::ItemIsUserCheckable));
    QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole)); // all of chat
    QCOMPARE(model.checkedPermissions(),
             (QStringList{u"chat:room:view"_s, u"routing:queue:delete"_s}));
    model.setAllChecked(false);
    QVERIFY(model.checkedPermissions().isEmpty());
}

void TestRoleDiff::filterKeepsDifferencesAndMatches() {
    const auto mine = role(u"A"_s, {policy(u"routing"_s, u"*"_s, {u"*"_s})});
    const auto def = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s})});
    DiffTreeModel model;
    model.setResult(RoleDiff::compare(mine, def, catalog()), u"Mine"_s, u"Default"_s);
    DiffFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    const auto leaves = [&] {
        int n = 0;
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& p) {
            for (int r = 0; r < proxy.rowCount(p); ++r) {
                const QModelIndex i = proxy.index(r, 0, p);
                n += i.data(DiffTreeModel::IsActionRole).toBool() ? 1 : 0;
                walk(i);
            }
        };
        walk({});
        return n;
    };
    QVERIFY(proxy.differencesOnly());
    QCOMPARE(leaves(), 4); // view is the same: hidden
    proxy.setDifferencesOnly(false);
    QCOMPARE(leaves(), 5);
    proxy.setSearchText(u"wrapup"_s);
    QCOMPARE(leaves(), 1);
    proxy.setSearchText(u"queue del"_s);
    QCOMPARE(leaves(), 1);
    proxy.setSearchText(u"nothing-like-this"_s);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestRoleDiff::matrixShowsOnlyDifferingRows() {
    const auto a = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s, u"edit"_s})});
    const auto b = role(u"B"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s})});
    const auto c =
        role(u"C"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s}),
                      policy(u"routing"_s, u"queue"_s, {u"edit"_s}, u"Queue.id EQ queue:q"_s)});
    RoleMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoles({{a, catalog()}, {b, catalog()}, {c, catalog()}}, {u"A"_s, u"B"_s, u"C"_s});
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.rowCount(), 1); // view is granted by all three alike
    QCOMPARE(model.index(0, 0).data().toString(), u"routing:queue:edit"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"\u2713"_s);
    QCOMPARE(model.index(0, 2).data().toString(), QString());
    QVERIFY(model.index(0, 3).data().toString().contains(u"queue:q"_s));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"C"_s);
    model.setDifferencesOnly(false);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.differenceCount(), 1);
}

void TestRoleDiff::textReportNamesEveryDifference() {
    const auto mine = role(u"A"_s, {policy(u"routing"_s, u"queue"_s, {u"edit"_s})});
    const auto def = role(u"B"_s, {policy(u"chat"_s, u"room"_s, {u"view"_s})});
    const QString text = RoleDiff::compare(mine, def, catalog()).toText(u"Mine"_s, u"Theirs"_s);
    QVERIFY2(text.contains(u"+ routing:queue:edit"_s), qPrintable(text));
    QVERIFY2(text.contains(u"- chat:room:view"_s), qPrintable(text));
    QVERIFY2(text.contains(u"name: \"B\" -> \"A\""_s), qPrintable(text));
    QVERIFY(RoleDiff::compare(mine, mine, catalog())
                .toText(u"Mine"_s, u"Mine"_s)
                .contains(u"No differences."_s));
}

void TestRoleDiff::restorePointIsOwnerOnly() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"points"_s);
    RestorePoint point;
    point.organizationId = u"org-1"_s;
    point.organizationName = u"Contoso"_s;
    point.takenAt = QDateTime::currentDateTimeUtc();
    point.reason = u"test"_s;
    point.roles = {role(u"Supervisor"_s, {policy(u"chat"_s, u"room"_s, {u"view"_s})})};
    QString error;
    QVERIFY2(point.write(folder, &error), qPrintable(error));
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                        | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(point.path).permissions() & others, QFile::Permissions());
    QVERIFY(QFileInfo(point.path).permissions() & QFile::ReadOwner);
    QCOMPARE(QFileInfo(folder).permissions() & others, QFile::Permissions());
    const auto back = RestorePoint::read(point.path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->roles.size(), 1);
    QCOMPARE(back->roles.first().name, u"Supervisor"_s);
    QCOMPARE(RestorePoint::list(folder, u"org-1"_s).size(), 1);
    QCOMPARE(RestorePoint::list(folder, u"other"_s).size(), 0);

    QFile junk(dir.filePath(u"junk.json"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{not json");
    junk.close();
    QVERIFY(!RestorePoint::read(junk.fileName(), &error));
    QVERIFY(error.contains(u"not a restore point"_s));
}

void TestRoleDiff::mergeAppliesMineOnTopOfTheirs() {
    const RoleContent base{u"Agents"_s,
                           u"Old"_s,
                           {policy(u"routing"_s, u"queue"_s, {u"view"_s, u"edit"_s}),
                            policy(u"chat"_s, u"room"_s, {u"view"_s})}};
    RoleContent theirs = base; // they changed the description and granted chat:room:edit
    theirs.description = u"Theirs"_s;
    theirs.policies[1].actionSet = QStringList{u"view"_s, u"edit"_s};
    RoleContent mine = base; // I revoked routing:queue:edit and granted routing:wrapupCode:view
    mine.policies[0].actionSet = QStringList{u"view"_s};
    mine.policies.append(policy(u"routing"_s, u"wrapupCode"_s, {u"view"_s}));
    const RoleMerge::Result r = RoleMerge::merge(base, theirs, mine, catalog());
    QVERIFY2(r.merged, qPrintable(r.whyNot));
    QCOMPARE(r.merged->description, u"Theirs"_s);
    const auto atoms = RoleDiff::atomsOf(r.merged->policies, catalog());
    QStringList granted = atoms.keys();
    granted.sort();
    QCOMPARE(granted, (QStringList{u"chat:room:edit"_s, u"chat:room:view"_s,
                                   u"routing:queue:view"_s, u"routing:wrapupCode:view"_s}));
    // The same change on both sides is no overlap.
    mine.description = u"Theirs"_s;
    QVERIFY(RoleMerge::merge(base, theirs, mine, catalog()).merged);
}

void TestRoleDiff::mergeIsNotOfferedWhenEditsOverlap() {
    const RoleContent base{u"Agents"_s, {}, {policy(u"routing"_s, u"queue"_s, {u"view"_s})}};
    RoleContent theirs = base;
    RoleContent mine = base;
    // They revoked routing:queue:view, I put a condition on it.
    theirs.policies.clear();
    mine.policies = {policy(u"routing"_s, u"queue"_s, {u"view"_s}, u"Queue.id EQ queue:q1"_s)};
    RoleMerge::Result r = RoleMerge::merge(base, theirs, mine, catalog());
    QVERIFY(!r.merged);
    QVERIFY2(r.whyNot.contains(u"routing:queue:view"_s), qPrintable(r.whyNot));
    // Only I changed a condition: not re-applied blindly either.
    r = RoleMerge::merge(base, base, mine, catalog());
    QVERIFY(r.merged); // theirs is the base: mine as it is
    theirs = base;
    theirs.description = u"x"_s;
    r = RoleMerge::merge(base, theirs, mine, catalog());
    QVERIFY(!r.merged);
    QVERIFY(r.whyNot.contains(u"condition"_s));
    // Both renamed it differently.
    theirs = base;
    theirs.name = u"A"_s;
    mine = base;
    mine.name = u"B"_s;
    QCOMPARE(RoleMerge::merge(base, theirs, mine, catalog()).whyNot,
             u"You both renamed the role."_s);
}

QTEST_GUILESS_MAIN(TestRoleDiff)
#include "tst_role_diff.moc"
