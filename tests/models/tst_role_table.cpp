// The role table and its filters, on the sandbox's roles: columns, sorting on raw values, text
// and quick filters, and "roles that grant P" locally, checked against the server's own filter.

#include "RunJob.h"
#include "Sandbox.h"
#include "SandboxClient.h"
#include "client/PlatformClient.h"
#include "roles/RoleFilterProxy.h"
#include "roles/RoleStore.h"
#include "roles/RoleTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRoleTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void columnsShowWhatAnAdminNeeds();
    void sortsOnRawValues();
    void filtersAsYouTypeAndByKind();
    void localPermissionFilterAgreesWithTheServer_data();
    void localPermissionFilterAgreesWithTheServer();
    void rowsFollowSavesDeletesAndUnsavedMarks();

private:
    QStringList shownNames(const RoleFilterProxy& proxy) const;
    Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager m_network;
    PlatformClient* m_client = nullptr;
    QList<DomainOrganizationRole> m_roles;
};

void TestRoleTable::initTestCase() {
    m_sandbox = new Sandbox;
    QVERIFY(m_sandbox->start());
    m_client = sandboxClient(*m_sandbox, &m_network, this);
    const auto roles = runJob(m_client->fetchAllRoles());
    QVERIFY(roles);
    m_roles = *roles;
    QCOMPARE(m_roles.size(), 29);
}

void TestRoleTable::cleanupTestCase() {
    delete m_sandbox;
}

QStringList TestRoleTable::shownNames(const RoleFilterProxy& proxy) const {
    QStringList names;
    for (int i = 0; i < proxy.rowCount(); ++i)
        names.append(proxy.index(i, 0).data().toString());
    return names;
}

void TestRoleTable::columnsShowWhatAnAdminNeeds() {
    RoleStore store;
    RoleTableModel model;
    model.setStore(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.reset(m_roles);
    QCOMPARE(model.rowCount(), 29);
    QCOMPARE(model.columnCount(), int(RoleTableModel::Column::Count));
    QString supervisorId;
    for (const DomainOrganizationRole& r : m_roles)
        if (r.name == u"Supervisor"_s)
            supervisorId = r.id.value();
    const int supervisor = model.rowOf(supervisorId);
    QVERIFY(supervisor >= 0);
    auto cell = [&](int row, RoleTableModel::Column c) {
        return model.index(row, int(c)).data().toString();
    };
    QCOMPARE(cell(supervisor, RoleTableModel::Column::Default), u"Yes"_s);
    QCOMPARE(cell(supervisor, RoleTableModel::Column::Users), u"4"_s);
    QVERIFY(cell(supervisor, RoleTableModel::Column::Permissions).toInt() > 20);
    QVERIFY(!cell(supervisor, RoleTableModel::Column::Description).isEmpty());
    int needsUpdate = 0, custom = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        needsUpdate += cell(row, RoleTableModel::Column::NeedsUpdate) == u"Needs update"_s;
        custom += cell(row, RoleTableModel::Column::Default).isEmpty();
    }
    QCOMPARE(needsUpdate, 3);
    QCOMPARE(custom, 11);
    // A role copied from a default keeps its defaultRoleId: "based on" names the default.
    QList<DomainOrganizationRole> withCopy = m_roles;
    DomainOrganizationRole copy = *model.role(supervisor);
    copy.id = u"copy"_s;
    copy.name = u"Copy of Supervisor"_s;
    copy.isDefault = false;
    withCopy.append(copy);
    store.reset(withCopy);
    QCOMPARE(cell(model.rowOf(u"copy"_s), RoleTableModel::Column::Default),
             u"Based on Supervisor"_s);
}

void TestRoleTable::sortsOnRawValues() {
    RoleStore store;
    RoleTableModel model;
    model.setStore(&store);
    store.reset(m_roles);
    RoleFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(int(RoleTableModel::Column::Users), Qt::DescendingOrder);
    // Numerically, not as text: 40 (Employee) before 12 before 5 before 4.
    QCOMPARE(proxy.index(0, 0).data().toString(), u"Employee"_s);
    int previous = INT_MAX;
    for (int i = 0; i < proxy.rowCount(); ++i) {
        const int users = proxy.index(i, int(RoleTableModel::Column::Users))
                              .data(RoleTableModel::SortRole)
                              .toInt();
        QVERIFY(users <= previous);
        previous = users;
    }
    proxy.sort(int(RoleTableModel::Column::Name), Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"Admin"_s);
}

void TestRoleTable::filtersAsYouTypeAndByKind() {
    RoleStore store;
    RoleTableModel model;
    model.setStore(&store);
    store.reset(m_roles);
    RoleFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(0);
    proxy.setSearchText(u"quality"_s);
    QCOMPARE(shownNames(proxy), (QStringList{u"Quality Administrator"_s, u"Quality Evaluator"_s}));
    proxy.setSearchText(u"queue recordings"_s); // words of the description count too
    QCOMPARE(shownNames(proxy), QStringList{u"Queue Auditor"_s});
    proxy.setSearchText(QString());
    proxy.setKind(RoleFilterProxy::Kind::NeedsUpdate);
    QCOMPARE(shownNames(proxy),
             (QStringList{u"Developer"_s, u"Outbound Agent"_s, u"Quality Evaluator"_s}));
    proxy.setKind(RoleFilterProxy::Kind::Custom);
    QCOMPARE(proxy.rowCount(), 11);
    proxy.setKind(RoleFilterProxy::Kind::Default);
    QCOMPARE(proxy.rowCount(), 18);
    proxy.setSearchText(u"admin"_s);
    QVERIFY(shownNames(proxy).contains(u"Master Admin"_s));
    QVERIFY(!shownNames(proxy).contains(u"Security Officer"_s));
}

void TestRoleTable::localPermissionFilterAgreesWithTheServer_data() {
    QTest::addColumn<QString>("permission");
    for (const char* p : {"routing:queue:edit", "recording:recording:view", "dialog:bot:view",
                          "authorization:role:view", "quality:evaluation:delete", "chat:room:view"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TestRoleTable::localPermissionFilterAgreesWithTheServer() {
    QFETCH(QString, permission);
    RoleStore store;
    RoleTableModel model;
    model.setStore(&store);
    store.reset(m_roles);
    RoleFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(0);
    proxy.setPermission(permission);
    QStringList local = shownNames(proxy);
    RoleQuery query;
    query.permission = {permission};
    query.pageSize = 100;
    const auto server = runJob(m_client->getRoles(query));
    QVERIFY(server);
    QStringList remote;
    QSet<QString> ids;
    for (const DomainOrganizationRole& r : server->entities.value()) {
        remote.append(r.name.value());
        ids.insert(r.id.value());
    }
    remote.sort(Qt::CaseInsensitive);
    local.sort(Qt::CaseInsensitive);
    QVERIFY(!local.isEmpty());
    QCOMPARE(local, remote);
    // The server's answer as a filter of its own gives the same rows.
    proxy.setPermission(QString());
    proxy.setAllowedIds(ids);
    QStringList allowed = shownNames(proxy);
    allowed.sort(Qt::CaseInsensitive);
    QCOMPARE(allowed, remote);
}

void TestRoleTable::rowsFollowSavesDeletesAndUnsavedMarks() {
    RoleStore store;
    RoleTableModel model;
    model.setStore(&store);
    RoleFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(int(RoleTableModel::Column::Name));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.reset(m_roles);
    DomainOrganizationRole created;
    created.id = u"new-id"_s;
    created.name = u"Aardvark Role"_s;
    created.permissions = QStringList{u"a:b:c"_s};
    store.upsert(created);
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"Aardvark Role"_s); // sorted in place
    created.name = u"Zebra Role"_s;
    store.upsert(created);
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(proxy.index(29, 0).data().toString(), u"Zebra Role"_s);

    model.setModified(u"new-id"_s, true);
    const QModelIndex name = model.index(model.rowOf(u"new-id"_s), 0);
    QCOMPARE(name.data().toString(), u"Zebra Role (unsaved)"_s);
    QVERIFY(name.data(RoleTableModel::ModifiedRole).toBool());
    QVERIFY(name.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(name.data(RoleTableModel::SortRole).toString(), u"zebra role"_s); // sorts by name
    model.setModified(u"new-id"_s, false);
    QCOMPARE(name.data().toString(), u"Zebra Role"_s);

    store.remove(u"new-id"_s);
    QCOMPARE(model.rowCount(), 29);
    QCOMPARE(model.rowOf(u"new-id"_s), -1);
    store.remove(u"new-id"_s); // unknown: nothing happens
    QCOMPARE(model.rowCount(), 29);
}

QTEST_GUILESS_MAIN(TestRoleTable)
#include "tst_role_table.moc"
