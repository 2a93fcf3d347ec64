// The stores of an organization and the item models over them, without a network: every
// change says what changed, and the adapters (role list, Ctrl+K index, trust trees) follow it
// row by row under QAbstractItemModelTester.

#include "catalog/CatalogStore.h"
#include "org/OrgSession.h"
#include "roles/RoleStore.h"
#include "roles/RoleTableModel.h"
#include "search/SearchIndexModel.h"
#include "trusts/TrustListModel.h"
#include "trusts/TrustPosture.h"
#include "trusts/TrustStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

DomainOrganizationRole role(const QString& id, const QString& name) {
    DomainOrganizationRole r;
    r.id = id;
    r.name = name;
    r.description = u"About %1"_s.arg(name);
    r.permissions = QStringList{u"routing:queue:view"_s};
    return r;
}

TrusteeEntry trustee(const QString& id, const QString& name, int users) {
    TrusteeEntry t;
    t.trustee.id = id;
    Organization org;
    org.id = id;
    org.name = name;
    t.trustee.organization = org;
    t.trustee.enabled = true;
    for (int i = 0; i < users; ++i) {
        TrusteeMember m;
        m.user.id = u"%1-user-%2"_s.arg(id).arg(i);
        m.user.name = u"User %1"_s.arg(i);
        DomainRole r;
        r.name = u"Supervisor"_s;
        m.roles.roles = QList<DomainRole>{r};
        t.members.append(m);
    }
    return t;
}

TrustorEntry trustor(const QString& id, const QString& name) {
    TrustorEntry t;
    t.trustor.id = id;
    Organization org;
    org.id = id;
    org.name = name;
    t.trustor.organization = org;
    TrustUser u;
    u.id = u"ours"_s;
    u.name = u"Our admin"_s;
    t.members.append(u);
    return t;
}

DomainPermissionCollection domain(const QString& name, const QStringList& actions) {
    DomainPermissionCollection d;
    d.domain = name;
    QList<DomainPermission> list;
    for (const QString& a : actions) {
        DomainPermission p;
        p.action = a;
        p.label = u"%1 things"_s.arg(a);
        list.append(p);
    }
    d.permissionMap = QMap<QString, QList<DomainPermission>>{{u"thing"_s, list}};
    return d;
}

QStringList searchTitles(const SearchIndexModel& model, SearchIndexModel::Kind kind) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        if (i.data(SearchIndexModel::KindRole).toInt() == int(kind))
            out.append(i.data(SearchIndexModel::SearchTextRole).toString().section(u' ', 0, 0));
    }
    return out;
}

} // namespace

class TestStores : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roleStoreSaysWhatChanged();
    void roleTableFollowsTheStore();
    void catalogStoreIndexesWhatItHolds();
    void trustStoreSaysWhatChanged();
    void trustListsFollowTheStore();
    void trustPostureCountsWhatIsWiderOrOlder();
    void searchIndexFollowsEveryStore();
    void snapshotSessionIsReadOnlyAndRoundTrips();
};

void TestStores::roleStoreSaysWhatChanged() {
    RoleStore store;
    QSignalSpy reset(&store, &RoleStore::rolesReset);
    QSignalSpy added(&store, &RoleStore::roleAdded);
    QSignalSpy changed(&store, &RoleStore::roleChanged);
    QSignalSpy aboutToRemove(&store, &RoleStore::roleAboutToBeRemoved);
    QSignalSpy removed(&store, &RoleStore::roleRemoved);
    store.reset({role(u"a"_s, u"Agent"_s), role(u"b"_s, u"Billing"_s), role(u"a"_s, u"Agent 2"_s)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(store.count(), 2); // a role listed twice is one role: the later copy
    QCOMPARE(store.find(u"a"_s)->name, u"Agent 2"_s);

    store.upsert(role(u"c"_s, u"Coach"_s));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toString(), u"c"_s);
    QCOMPARE(store.roles().last().name, u"Coach"_s);
    store.upsert(role(u"c"_s, u"Coach (renamed)"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.count(), 3);
    // Names are found ignoring case and spaces around them, as the uniqueness check needs.
    QCOMPARE(store.findByName(u"  coach (RENAMED) "_s)->id, u"c"_s);
    QVERIFY(!store.findByName(u"Coach"_s));

    DomainOrganizationRole nameless;
    store.upsert(nameless); // no id: not a role the server gave
    QCOMPARE(store.count(), 3);

    store.remove(u"b"_s);
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    QVERIFY(!store.find(u"b"_s));
    QCOMPARE(store.find(u"c"_s)->name, u"Coach (renamed)"_s); // the index follows the removal
    store.remove(u"b"_s);                                     // unknown: nothing
    QCOMPARE(removed.count(), 1);
    QCOMPARE(added.count(), 1);
    QCOMPARE(reset.count(), 1);
}

void TestStores::roleTableFollowsTheStore() {
    RoleStore store;
    RoleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&store);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removedRows(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changedRows(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    DomainOrganizationRole supervisor = role(u"s"_s, u"Supervisor"_s);
    supervisor.isDefault = true;
    supervisor.defaultRoleId = u"default-s"_s;
    DomainOrganizationRole copy = role(u"k"_s, u"Kopie"_s);
    copy.defaultRoleId = u"default-s"_s;
    store.reset({supervisor, copy});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowOf(u"k"_s), int(RoleTableModel::Column::Default)).data(),
             QVariant(u"Based on Supervisor"_s));

    // A save changes exactly its row; a create adds one row; a delete removes one.
    DomainOrganizationRole renamed = copy;
    renamed.name = u"Copy of Supervisor"_s;
    store.upsert(renamed);
    QCOMPARE(changedRows.count(), 1);
    QCOMPARE(changedRows.first().at(0).toModelIndex().row(), model.rowOf(u"k"_s));
    QCOMPARE(model.index(model.rowOf(u"k"_s), 0).data().toString(), u"Copy of Supervisor"_s);
    store.upsert(role(u"n"_s, u"New"_s));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    model.setModified(u"s"_s, true);
    store.remove(u"k"_s);
    QCOMPARE(removedRows.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(u"k"_s), -1);
    QCOMPARE(model.rowOf(u"n"_s), 1); // rows after it moved up
    QCOMPARE(resets.count(), 1);
    // "(unsaved)" survives a reload of the store: the draft is still open.
    store.reset(store.roles());
    QVERIFY(model.index(model.rowOf(u"s"_s), 0).data().toString().endsWith(u"(unsaved)"_s));
    // A store that goes leaves an empty table.
    {
        RoleStore shortLived;
        model.setStore(&shortLived);
        shortLived.reset({role(u"x"_s, u"X"_s)});
        QCOMPARE(model.rowCount(), 1);
    }
    QCOMPARE(model.rowCount(), 0);
}

void TestStores::catalogStoreIndexesWhatItHolds() {
    CatalogStore store;
    QSignalSpy permissions(&store, &CatalogStore::permissionsChanged);
    QSignalSpy products(&store, &CatalogStore::productsChanged);
    store.setPermissions({domain(u"routing"_s, {u"view"_s, u"edit"_s})});
    QCOMPARE(permissions.count(), 1);
    QVERIFY(store.index().find(u"routing"_s, u"thing"_s, u"edit"_s));
    QVERIFY(!store.index().find(u"routing"_s, u"thing"_s, u"fly"_s));
    DomainOrganizationProduct p;
    p.id = u"analytics"_s;
    store.setProducts({p});
    QCOMPARE(products.count(), 1);
    QCOMPARE(store.products().size(), 1);
    QCOMPARE(permissions.count(), 1);
}

void TestStores::trustStoreSaysWhatChanged() {
    TrustStore store;
    QSignalSpy reset(&store, &TrustStore::sideReset);
    QSignalSpy added(&store, &TrustStore::added);
    QSignalSpy changed(&store, &TrustStore::changed);
    QSignalSpy removed(&store, &TrustStore::removed);
    store.reset({trustee(u"t1"_s, u"Northwind"_s, 2)}, {trustor(u"r1"_s, u"Fabrikam"_s)});
    QCOMPARE(reset.count(), 2); // both sides
    store.upsertTrustee(trustee(u"t2"_s, u"Tailspin"_s, 0));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().at(0).value<TrustStore::Side>(), TrustStore::Side::Trustees);
    store.upsertTrustee(trustee(u"t1"_s, u"Northwind"_s, 3));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.trustee(u"t1"_s)->members.size(), 3);
    store.upsertTrustor(trustor(u"r2"_s, u"Contoso"_s));
    QCOMPARE(added.last().at(0).value<TrustStore::Side>(), TrustStore::Side::Trustors);
    QCOMPARE(store.ids(TrustStore::Side::Trustors), (QStringList{u"r1"_s, u"r2"_s}));
    store.removeTrustor(u"r1"_s);
    QCOMPARE(removed.count(), 1);
    QVERIFY(!store.trustor(u"r1"_s));
    store.removeTrustee(u"nobody"_s);
    QCOMPARE(removed.count(), 1);
}

void TestStores::trustListsFollowTheStore() {
    TrustStore store;
    TrustListModel trustees(TrustStore::Side::Trustees);
    TrustListModel trustors(TrustStore::Side::Trustors);
    TrustMemberModel members(TrustStore::Side::Trustees);
    TrustMemberModel ours(TrustStore::Side::Trustors);
    QAbstractItemModelTester t1(&trustees, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&trustors, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(&ours, QAbstractItemModelTester::FailureReportingMode::QtTest);
    trustees.setStore(&store);
    trustors.setStore(&store);
    members.setStore(&store);
    ours.setStore(&store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    trustees.setNow(now);
    TrusteeEntry northwind = trustee(u"t1"_s, u"Northwind"_s, 2);
    northwind.trustee.dateExpired = WireDateTime(now.addDays(3).addSecs(60));
    store.reset({northwind}, {trustor(u"r1"_s, u"Fabrikam"_s)});
    members.setOrganization(u"t1"_s);
    ours.setOrganization(u"r1"_s);
    QCOMPARE(trustees.rowCount(), 1);
    const auto cell = [&trustees](TrustListModel::Column c) {
        return trustees.index(0, int(c)).data().toString();
    };
    QCOMPARE(cell(TrustListModel::Column::Name), u"Northwind"_s);
    QCOMPARE(trustees.index(0, 0).data(TrustListModel::IdRole).toString(), u"t1"_s);
    QCOMPARE(cell(TrustListModel::Column::Enabled), u"Enabled"_s);
    QCOMPARE(cell(TrustListModel::Column::Users), u"2 / 25"_s);
    QVERIFY2(cell(TrustListModel::Column::Expires).contains(u"in 3 day"_s),
             qPrintable(cell(TrustListModel::Column::Expires)));
    QCOMPARE(cell(TrustListModel::Column::HasFullAccess), u"No"_s);
    QCOMPARE(members.rowCount(), 2);
    QCOMPARE(members.index(0, int(TrustMemberModel::Column::Roles)).data().toString(),
             u"Supervisor"_s); // the roles this org gave the user
    QCOMPARE(ours.rowCount(), 1);

    QCOMPARE(TrustListModel::expiryText(now.addSecs(-5), now), u"expired"_s);
    QCOMPARE(TrustListModel::expiryText(std::nullopt, now), u"never"_s);
    QVERIFY(TrustListModel::expiryText(now.addSecs(5 * 3600 + 10), now).contains(u"5 hour"_s));

    // A user more under one trustee: the member list follows; the other side is untouched.
    QSignalSpy trustorResets(&trustors, &QAbstractItemModel::modelReset);
    store.upsertTrustee(trustee(u"t1"_s, u"Northwind"_s, 3));
    QCOMPARE(members.rowCount(), 3);
    QCOMPARE(cell(TrustListModel::Column::Users), u"3 / 25"_s);
    QCOMPARE(cell(TrustListModel::Column::Expires), u"never"_s);
    store.upsertTrustee(trustee(u"t2"_s, u"Tailspin"_s, 0));
    QCOMPARE(trustees.rowCount(), 2);
    QCOMPARE(trustees.indexOf(u"t2"_s).row(), 1);
    store.removeTrustee(u"t1"_s);
    QCOMPARE(trustees.rowCount(), 1);
    QCOMPARE(members.rowCount(), 0);
    QCOMPARE(trustees.index(0, 0).data().toString(), u"Tailspin"_s);
    QCOMPARE(trustorResets.count(), 0);
    QCOMPARE(trustors.rowCount(), 1);
}

void TestStores::trustPostureCountsWhatIsWiderOrOlder() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RoleStore roles;
    DomainOrganizationRole editor = role(u"edit"_s, u"Role editor"_s);
    DomainPermissionPolicy policy;
    policy.domain = u"authorization"_s;
    policy.entityName = u"role"_s;
    policy.actionSet = QStringList{u"view"_s, u"edit"_s};
    editor.permissionPolicies = QList<DomainPermissionPolicy>{policy};
    editor.permissions = QStringList();
    DomainOrganizationRole everything = role(u"all"_s, u"All of it"_s);
    policy.domain = u"*"_s;
    policy.actionSet = QStringList{u"view"_s};
    everything.permissionPolicies = QList<DomainPermissionPolicy>{policy};
    DomainOrganizationRole plain = role(u"plain"_s, u"Supervisor"_s);
    roles.reset({editor, everything, plain});
    QVERIFY(TrustPosture::isPowerful(editor));
    QVERIFY(TrustPosture::isPowerful(everything));
    QVERIFY(!TrustPosture::isPowerful(plain));

    const auto withRoles = [](TrusteeEntry t, const QList<QStringList>& roleIds) {
        for (qsizetype i = 0; i < t.members.size(); ++i) {
            QList<DomainRole> held;
            for (const QString& id : roleIds.value(i)) {
                DomainRole r;
                r.id = id;
                held.append(r);
            }
            t.members[i].roles.roles = held;
        }
        return t;
    };
    TrusteeEntry soon = withRoles(trustee(u"soon"_s, u"Soon"_s, 2), {{u"plain"_s}, {}});
    soon.trustee.dateExpired = WireDateTime(now.addDays(2));
    TrusteeEntry old = withRoles(trustee(u"old"_s, u"Old"_s, 1), {{u"edit"_s}});
    old.trustee.dateExpired = WireDateTime(now.addDays(-1));
    TrusteeEntry off = withRoles(trustee(u"off"_s, u"Off"_s, 1), {{u"all"_s}});
    off.trustee.enabled = false;
    TrusteeEntry offEmpty = withRoles(trustee(u"offEmpty"_s, u"Off, no roles"_s, 1), {{}});
    offEmpty.trustee.enabled = false;
    TrusteeEntry big = withRoles(trustee(u"big"_s, u"Big"_s, 21), {});
    for (TrusteeMember& m : big.members)
        m.roles.roles = QList<DomainRole>{DomainRole{u"plain"_s, u"Supervisor"_s, {}}};
    TrusteeEntry later = withRoles(trustee(u"later"_s, u"Later"_s, 1), {{u"plain"_s}});
    later.trustee.dateExpired = WireDateTime(now.addDays(30));
    TrustStore store;
    store.reset({soon, old, off, offEmpty, big, later}, {});

    const TrustPosture p = TrustPosture::assess(store, roles, now);
    using F = TrustPosture::Finding;
    QCOMPARE(p.organizations.value(F::ExpiringSoon), QStringList{u"soon"_s});
    QCOMPARE(p.organizations.value(F::Expired), QStringList{u"old"_s});
    QCOMPARE(p.organizations.value(F::DisabledWithRoles), QStringList{u"off"_s});
    QCOMPARE(p.organizations.value(F::NearCap), QStringList{u"big"_s});
    QCOMPARE(p.count(F::UsersWithoutRoles), 2); // one in Soon, one in "Off, no roles"
    QCOMPARE(p.members.value(F::UsersWithoutRoles).first(),
             (TrustPosture::Member{u"soon"_s, u"soon-user-1"_s}));
    QCOMPARE(p.count(F::PowerfulUsers), 2); // the role editor in Old, the * domain in Off
    QVERIFY(TrustPosture::describe(F::Expired, 1).contains(u"1"_s));
}

void TestStores::searchIndexFollowsEveryStore() {
    OrgData data;
    data.roles = {role(u"a"_s, u"Agent"_s), role(u"b"_s, u"Billing"_s)};
    data.catalog = {domain(u"routing"_s, {u"view"_s, u"edit"_s})};
    data.trustees = {trustee(u"t1"_s, u"Northwind"_s, 1)};
    data.trustors = {trustor(u"r1"_s, u"Fabrikam"_s)};
    OrgSession session(data);
    SearchIndexModel index;
    QAbstractItemModelTester tester(&index, QAbstractItemModelTester::FailureReportingMode::QtTest);
    index.setSession(&session);
    QCOMPARE(index.rowCount(), 2 + 2 + 1 + 1);
    QCOMPARE(searchTitles(index, SearchIndexModel::Kind::Role),
             (QStringList{u"Agent"_s, u"Billing"_s}));

    // A saved role changes its one row; a created one is found at once; a deleted one is not.
    QSignalSpy resets(&index, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&index, &QAbstractItemModel::dataChanged);
    session.roles()->upsert(role(u"b"_s, u"Bookkeeper"_s));
    QCOMPARE(changed.count(), 1);
    session.roles()->upsert(role(u"c"_s, u"Coach"_s));
    session.roles()->remove(u"a"_s);
    QCOMPARE(searchTitles(index, SearchIndexModel::Kind::Role),
             (QStringList{u"Bookkeeper"_s, u"Coach"_s}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(searchTitles(index, SearchIndexModel::Kind::Permission),
             (QStringList{u"routing:thing:view"_s, u"routing:thing:edit"_s}));
    session.trusts()->upsertTrustee(trustee(u"t2"_s, u"Tailspin"_s, 0));
    QCOMPARE(searchTitles(index, SearchIndexModel::Kind::Trustee),
             (QStringList{u"Northwind"_s, u"Tailspin"_s}));
    session.catalog()->setPermissions({});
    QCOMPARE(searchTitles(index, SearchIndexModel::Kind::Permission), QStringList());
    QCOMPARE(index.rowCount(), 2 + 2 + 1);
}

void TestStores::snapshotSessionIsReadOnlyAndRoundTrips() {
    OrgData data;
    data.organization.id = u"org"_s;
    data.organization.name = u"Contoso"_s;
    data.environment = u"mypurecloud.de"_s;
    data.takenAt = QDateTime(QDate(2026, 11, 24), QTime(1, 0), Qt::UTC);
    data.roles = {role(u"a"_s, u"Agent"_s)};
    data.trustees = {trustee(u"t1"_s, u"Northwind"_s, 2)};
    OrgSession session(data);
    QVERIFY(session.isReadOnly());
    QVERIFY(!session.client());
    QVERIFY(session.hasLoaded());
    QCOMPARE(session.organizationName(), u"Contoso"_s);
    QCOMPARE(session.environment(), u"mypurecloud.de"_s);
    QCOMPARE(session.loadedAt(), data.takenAt);
    session.roles()->upsert(role(u"b"_s, u"Billing"_s));
    const OrgData out = session.toOrgData();
    QCOMPARE(out.roles.size(), 2);
    QCOMPARE(out.trustees.size(), 1);
    QCOMPARE(out.trustees[0].members.size(), 2);
    QCOMPARE(out.takenAt, data.takenAt);
    QCOMPARE(out.organization.id, u"org"_s);
}

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
