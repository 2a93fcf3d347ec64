// The role list at --scale 20: populating RoleTableModel and reading every cell once, and one
// filter keystroke through RoleFilterProxy (median and worst of 50 different queries). Prints
// one JSON object.

#include "BenchSupport.h"
#include "roles/RoleFilterProxy.h"
#include "roles/RoleStore.h"
#include "roles/RoleTableModel.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    SandboxOptions options;
    options.scale = 20;
    BenchSandbox bench;
    if (!bench.start("bench_roles", options))
        return 1;
    const QList<DomainOrganizationRole> roles = wait(bench.client->fetchAllRoles());
    if (roles.isEmpty())
        return 1;

    RoleStore store;
    RoleTableModel model;
    model.setStore(&store);
    std::vector<double> populate;
    // A reload through the store (the model follows its reset), then what a view pays next:
    // reading every cell.
    int cells = 0;
    for (int i = 0; i < 21; ++i)
        populate.push_back(timeMs([&] {
            store.reset(roles);
            for (int r = 0; r < model.rowCount(); ++r)
                for (int c = 0; c < model.columnCount(); ++c)
                    cells += model.index(r, c).data().isValid() ? 1 : 0;
        }));
    RoleFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(0);
    // 50 different keystrokes: growing prefixes of role names and description words, then
    // permission filters (the slowest: they walk every policy of every role).
    const QStringList words = {
        u"t"_s,       u"ti"_s,        u"tie"_s,      u"tier"_s,     u"tier 1"_s,  u"q"_s,
        u"qu"_s,      u"qua"_s,       u"qual"_s,     u"quality"_s,  u"a"_s,       u"ad"_s,
        u"adm"_s,     u"admin"_s,     u"s"_s,        u"su"_s,       u"sup"_s,     u"super"_s,
        u"team 1"_s,  u"team 12"_s,   u"agents"_s,   u"queue"_s,    u"billing"_s, u"bot"_s,
        u"journey"_s, u"knowledge"_s, u"security"_s, u"outbound"_s, u"x"_s,       u"zz"_s};
    const QStringList permissions = {u"routing:queue:edit"_s,
                                     u"routing:queue:view"_s,
                                     u"recording:recording:view"_s,
                                     u"dialog:bot:view"_s,
                                     u"authorization:role:view"_s,
                                     u"quality:evaluation:delete"_s,
                                     u"chat:room:view"_s,
                                     u"outbound:campaign:edit"_s,
                                     u"analytics:conversationDetail:view"_s,
                                     u"knowledge:document:add"_s,
                                     u"directory:user:view"_s,
                                     u"telephony:phone:edit"_s,
                                     u"wfm:schedule:view"_s,
                                     u"oauth:client:add"_s,
                                     u"groups:team:view"_s,
                                     u"journey:session:view"_s,
                                     u"architect:flow:edit"_s,
                                     u"scripter:script:view"_s,
                                     u"coaching:appointment:add"_s,
                                     u"externalContacts:contact:view"_s};
    std::vector<double> text, permission;
    for (const QString& w : words) {
        text.push_back(timeMs([&] { proxy.setSearchText(w); }));
    }
    proxy.setSearchText(QString());
    for (const QString& p : permissions) {
        permission.push_back(timeMs([&] { proxy.setPermission(p); }));
    }
    std::vector<double> all = text;
    all.insert(all.end(), permission.begin(), permission.end());
    const QJsonObject result{{u"benchmark"_s, u"roleList"_s},
                             {u"sandbox"_s, u"--scale 20"_s},
                             {u"roles"_s, int(roles.size())},
                             {u"populateMedianMs"_s, median(populate)},
                             {u"populateWorstMs"_s, worst(populate)},
                             {u"cellsRead"_s, cells / 21},
                             {u"keystrokes"_s, int(all.size())},
                             {u"keystrokeMedianMs"_s, median(all)},
                             {u"keystrokeWorstMs"_s, worst(all)},
                             {u"textKeystrokeMedianMs"_s, median(text)},
                             {u"permissionKeystrokeMedianMs"_s, median(permission)}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
