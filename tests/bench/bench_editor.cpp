// The role editor's permission tree over the full catalog (1,450 permissions): building the
// tree model, applying a role's grants, toggling one permission, and one filter keystroke
// (median and worst of 50 different queries), both through the model alone and through the real
// editor widget (filter, expand, repaint; offscreen). Prints one JSON object.

#include "BenchSupport.h"
#include "catalog/CatalogStore.h"
#include "catalog/PermissionFilterProxy.h"
#include "roles/PermissionTreeModel.h"
#include "roles/RoleDraft.h"
#include "roles/RoleEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

//! Rows a fully expanded view would lay out: every row the proxy accepts.
int walk(const QAbstractItemModel& m, const QModelIndex& parent = {}) {
    int rows = m.rowCount(parent);
    int total = rows;
    for (int r = 0; r < rows; ++r)
        total += walk(m, m.index(r, 0, parent));
    return total;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    BenchSandbox bench;
    if (!bench.start("bench_editor", {}))
        return 1;
    PermissionQuery pq;
    pq.pageSize = 100;
    const auto catalog = wait(bench.client->fetchAllPermissions(pq));
    RoleQuery rq;
    rq.name = u"Admin"_s;
    const auto admins =
        wait(bench.client->getRoles(rq)).entities.value_or(QList<DomainOrganizationRole>());
    if (catalog.isEmpty() || admins.isEmpty())
        return 1;
    const DomainOrganizationRole admin = admins.front();

    // Building the tree model from the catalog.
    std::vector<double> build;
    PermissionTreeModel model;
    for (int i = 0; i < 21; ++i)
        build.push_back(timeMs([&] { model.setCatalog(catalog); }));
    // Applying a large role's grants, and one toggle (what a click costs).
    RoleDraft draft(admin);
    const double apply = timeMs([&] { model.setDraft(&draft); });
    std::vector<double> toggle;
    for (int i = 0; i < 20; ++i)
        toggle.push_back(timeMs([&] {
            draft.setGranted({u"routing:queue:edit"_s}, i % 2 == 0, model.catalogIndex());
        }));

    const QStringList queries = {u"q"_s,
                                 u"qu"_s,
                                 u"que"_s,
                                 u"queu"_s,
                                 u"queue"_s,
                                 u"queue "_s,
                                 u"queue v"_s,
                                 u"queue vi"_s,
                                 u"queue view"_s,
                                 u"r"_s,
                                 u"ro"_s,
                                 u"rou"_s,
                                 u"rout"_s,
                                 u"routing"_s,
                                 u"routing:"_s,
                                 u"routing:q"_s,
                                 u"routing:queue"_s,
                                 u"e"_s,
                                 u"ed"_s,
                                 u"edi"_s,
                                 u"edit"_s,
                                 u"v"_s,
                                 u"vi"_s,
                                 u"vie"_s,
                                 u"view"_s,
                                 u"a"_s,
                                 u"an"_s,
                                 u"ana"_s,
                                 u"analytics"_s,
                                 u"conv"_s,
                                 u"conversation"_s,
                                 u"conversation detail"_s,
                                 u"rec"_s,
                                 u"recording"_s,
                                 u"delete"_s,
                                 u"add"_s,
                                 u"user"_s,
                                 u"directory user"_s,
                                 u"know"_s,
                                 u"knowledge doc"_s,
                                 u"flow"_s,
                                 u"architect flow"_s,
                                 u"bot"_s,
                                 u"wfm"_s,
                                 u"schedule"_s,
                                 u"team"_s,
                                 u"x"_s,
                                 u"zz"_s,
                                 u"oauth client"_s,
                                 u"audit"_s};

    // Model alone: the filter, then every row a fully expanded view would lay out.
    PermissionFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(0);
    std::vector<double> modelKeys;
    int rowsSeen = 0;
    for (const QString& q : queries)
        modelKeys.push_back(timeMs([&] {
            proxy.setSearchText(q);
            rowsSeen += walk(proxy);
        }));

    // The real editor: typing into its filter box filters, expands and repaints the tree.
    CatalogStore catalogStore;
    catalogStore.setPermissions(catalog);
    RoleEditor editor;
    editor.resize(1000, 760);
    editor.setStores(&catalogStore, nullptr);
    editor.setDraft(&draft);
    editor.assignedOnlyBox()->setChecked(false); // the whole catalog: the larger tree
    editor.show();
    QCoreApplication::processEvents();
    std::vector<double> viewKeys;
    for (const QString& q : queries)
        viewKeys.push_back(timeMs([&] {
            editor.filterField()->setText(q);
            editor.tree()->viewport()->repaint();
        }));

    const QJsonObject result{{u"benchmark"_s, u"roleEditorTree"_s},
                             {u"permissions"_s, model.permissionCount()},
                             {u"role"_s, admin.name.value_or(QString())},
                             {u"roleGrants"_s, model.grantedCount()},
                             {u"buildMedianMs"_s, median(build)},
                             {u"buildWorstMs"_s, worst(build)},
                             {u"applyRoleMs"_s, apply},
                             {u"toggleMedianMs"_s, median(toggle)},
                             {u"toggleWorstMs"_s, worst(toggle)},
                             {u"keystrokes"_s, int(queries.size())},
                             {u"modelKeystrokeMedianMs"_s, median(modelKeys)},
                             {u"modelKeystrokeWorstMs"_s, worst(modelKeys)},
                             {u"editorKeystrokeMedianMs"_s, median(viewKeys)},
                             {u"editorKeystrokeWorstMs"_s, worst(viewKeys)},
                             {u"rowsWalked"_s, rowsSeen}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
