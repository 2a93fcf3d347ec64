// roledesk: the Genesys Cloud authorization console.

#include "AppController.h"
#include "ConnectionResolver.h"
#include "KeychainSecretStore.h"
#include "client/PlatformClient.h"
#include "common/MainWindow.h"
#include "diff/OrgDiff.h"
#include "org/OrgSession.h"
#include "snapshot/SnapshotFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The command line's texts, in one translation context that lupdate and the runtime agree on.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Options {
    QCommandLineOption sandbox{u"sandbox"_s, Cli::tr("Open the embedded sandbox organization.")};
    QCommandLineOption sandboxData{
        u"sandbox-data"_s,
        Cli::tr("SQLite file the sandbox keeps its state in (default: in the"
                " user's data directory)."),
        u"FILE"_s};
    QCommandLineOption signIn{
        u"sign-in"_s,
        Cli::tr("With --sandbox: sign in as one of the sandbox's people on its sign-in page (in"
                " the browser), instead of connecting with its OAuth client.")};
    QCommandLineOption sandboxOrg{
        u"sandbox-org"_s,
        Cli::tr("With --sandbox: open this one of the sandbox's organizations (their names are in"
                " File ▸ Open sandbox organization)."),
        u"NAME"_s};
    QCommandLineOption profile{u"profile"_s, Cli::tr("Connect with a saved connection profile."),
                               u"NAME"_s};
    QCommandLineOption baseUrl{u"base-url"_s,
                               Cli::tr("Connect to this API base URL, with credentials from"
                                       " PURECLOUD_CLIENT_ID and PURECLOUD_SECRET."),
                               u"URL"_s};
    QCommandLineOption region{
        u"region"_s,
        Cli::tr("Connect to this Genesys Cloud region (a host such as mypurecloud.de, or a key"
                " such as eu_central_1), with credentials from PURECLOUD_CLIENT_ID and"
                " PURECLOUD_SECRET. Without it, PURECLOUD_ENVIRONMENT names the region when"
                " those credentials are set."),
        u"NAME"_s};
    QCommandLineOption lang{u"lang"_s, Cli::tr("User interface language (en, de, fr)."), u"CODE"_s};
    QCommandLineOption snapshot{
        u"snapshot"_s,
        Cli::tr("Without a window: save everything of the organization (roles,"
                " catalog, products, trusts) to FILE and exit."),
        u"FILE"_s};
    QCommandLineOption diff{
        u"diff"_s,
        Cli::tr("Without a window: compare two snapshot files LEFT RIGHT role by role (roles"
                " added, removed, changed) and exit 0 when they are the same, 1 when they"
                " differ, 2 on error.")};
    QCommandLineOption json{u"json"_s, Cli::tr("With --diff: print the differences as JSON.")};
    QCommandLineOption timeout{
        u"timeout"_s,
        Cli::tr("With --snapshot: give up after SECONDS (default 600) with a message and exit 1."),
        u"SECONDS"_s, u"600"_s};

    void addTo(QCommandLineParser& parser) const {
        parser.setApplicationDescription(
            Cli::tr("Genesys Cloud authorization console: roles, permissions and trusts."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({sandbox, sandboxData, sandboxOrg, signIn, profile, baseUrl, region, lang,
                           snapshot, diff, json, timeout});
        parser.addPositionalArgument(
            u"LEFT RIGHT"_s, Cli::tr("With --diff: the earlier and the later snapshot file."),
            u"[LEFT RIGHT]"_s);
    }
};

// What the command line asks for, read before any application object exists: whether a window
// is needed at all (help, version, a mistake, a snapshot and a diff need none, and must work
// without a display), and the language.
struct FirstLook {
    bool headless = false;
    bool diff = false;
    QString lang;
};

FirstLook firstLook(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Qt's own GUI options (-platform, -style, …) are taken by QApplication; they are no mistake.
    static const QStringList qtOptions = {u"platform"_s,
                                          u"platformpluginpath"_s,
                                          u"platformtheme"_s,
                                          u"plugin"_s,
                                          u"qwindowgeometry"_s,
                                          u"qwindowicon"_s,
                                          u"qwindowtitle"_s,
                                          u"reverse"_s,
                                          u"session"_s,
                                          u"display"_s,
                                          u"geometry"_s,
                                          u"style"_s,
                                          u"stylesheet"_s,
                                          u"widgetcount"_s,
                                          u"nograb"_s,
                                          u"dograb"_s,
                                          u"sync"_s,
                                          u"fontengine"_s,
                                          u"name"_s,
                                          u"title"_s};
    Options o;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    o.addTo(parser);
    FirstLook look;
    const bool parsed = parser.parse(arguments);
    bool mistake = !parsed;
    if (!parsed && !parser.unknownOptionNames().isEmpty()) {
        mistake = false;
        for (const QString& name : parser.unknownOptionNames())
            mistake = mistake || !qtOptions.contains(name);
    }
    look.diff = parser.isSet(o.diff);
    look.headless = mistake || look.diff || parser.isSet(o.snapshot) || parser.isSet(u"help"_s)
                    || parser.isSet(u"help-all"_s) || parser.isSet(u"version"_s);
    look.lang = parser.value(o.lang);
    return look;
}

void printError(const QString& message) {
    QTextStream(stderr) << "roledesk: " << message << '\n';
}

//! The region to connect to: --region, or else PURECLOUD_ENVIRONMENT when the credentials the
//! SDK examples read are set too (as a script using the SDK would connect). Empty: neither.
QString regionAsked(const QCommandLineParser& parser, const Options& o) {
    if (parser.isSet(o.region))
        return parser.value(o.region);
    const ClientCredentials fromEnv = ClientCredentials::fromEnvironment();
    return fromEnv.isComplete() ? fromEnv.environment : QString();
}

SnapshotFile::Encoder::Section snapshotSection(OrgDataLoader::Part part) {
    using Section = SnapshotFile::Encoder::Section;
    switch (part) {
    case OrgDataLoader::Part::Organization:
        return Section::Organization;
    case OrgDataLoader::Part::Roles:
        return Section::Roles;
    case OrgDataLoader::Part::Catalog:
        return Section::Catalog;
    case OrgDataLoader::Part::Products:
        return Section::Products;
    case OrgDataLoader::Part::Trusts:
        break;
    }
    return Section::Trusts;
}

// --snapshot: headless, progress on stderr, exit code 0 only when the file was written.
int runSnapshot(QCoreApplication& app, const QCommandLineParser& parser, const Options& o) {
    QNetworkAccessManager network;
    QSettings settings;
    KeychainSecretStore secrets;
    ConnectionResolver resolver(&network, &secrets, &settings);
    resolver.setSandboxDataFile(parser.value(o.sandboxData));
    // A snapshot of the sandbox starts from its seed, not from the edits the window keeps.
    resolver.setSandboxInMemoryByDefault(true);
    const QString path = parser.value(o.snapshot);
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<OrgSession> session;
    SnapshotFile::Encoder encoder;
    int exitCode = 1;

    // Everything happens inside the one event loop below; this is where a connection ends up.
    const auto loadAndWrite = [&](ResolvedConnection resolved) {
        if (!resolved.client) {
            printError(resolved.error);
            exitCode = resolved.problem == ResolvedConnection::Problem::Usage ? 2 : 1;
            // Queued: the answer may come before the event loop runs (a keychain that says no
            // at once), and a quit() then would be lost.
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
            return;
        }
        if (resolved.client->usesSignIn()) {
            // A script has no browser to sign in with.
            printError(Cli::tr("profile \"%1\" signs in with a person's account; --snapshot needs"
                               " a client-credentials profile (OAuth client id and secret).")
                           .arg(resolved.profile.name));
            exitCode = 2;
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
            return;
        }
        client = std::move(resolved.client);
        session = std::make_unique<OrgSession>(client.get(), resolved.environment);
        session->setLoadsEverything(true);
        QObject::connect(session.get(), &OrgSession::loadProgress,
                         [](int done, int total, const QString& stage) {
                             QTextStream(stderr)
                                 << "snapshot: [" << done << '/' << total << "] " << stage << '\n';
                         });
        // Each part is encoded as it comes in, while the rest is still on its way: the write at
        // the end is left with the trusts.
        QObject::connect(session.get(), &OrgSession::partLoaded, [&](OrgDataLoader::Part part) {
            encoder.prepare(session->toOrgData(), snapshotSection(part));
        });
        QObject::connect(session.get(), &OrgSession::loaded, [&] {
            const OrgData data = session->toOrgData();
            QString writeError;
            if (SnapshotFile::write(encoder, data, path, &writeError)) {
                QTextStream(stderr) << "snapshot: wrote " << QDir::toNativeSeparators(path) << " ("
                                    << data.roles.size() << " roles, " << data.trustees.size()
                                    << " trustees, " << data.trustors.size() << " trustors)\n";
                exitCode = 0;
            } else {
                printError(writeError);
            }
            app.quit();
        });
        QObject::connect(session.get(), &OrgSession::loadFailed, [&](const ApiStatus& status) {
            printError(Cli::tr("the snapshot failed, nothing was written: %1").arg(status.message));
            app.quit();
        });
        session->load();
    };

    // A server that stops answering (or keeps asking to wait) must not hold a script forever.
    bool secondsOk = false;
    const int seconds = parser.value(o.timeout).toInt(&secondsOk);
    if (!secondsOk || seconds <= 0) {
        printError(Cli::tr("--timeout needs a number of seconds above 0, not \"%1\".")
                       .arg(parser.value(o.timeout)));
        return 2;
    }
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &app, [&] {
        printError(Cli::tr("the snapshot did not finish within %n second(s), nothing was written"
                           " (a longer --timeout allows more).",
                           nullptr, seconds));
        exitCode = 1;
        app.quit();
    });
    deadline.start(std::chrono::seconds(seconds));

    if (parser.isSet(o.sandbox)) {
        QTimer::singleShot(0, &app,
                           [&] { loadAndWrite(resolver.sandbox(parser.value(o.sandboxOrg))); });
    } else if (parser.isSet(o.baseUrl)) {
        QTimer::singleShot(0, &app, [&] {
            loadAndWrite(resolver.baseUrl(QUrl(parser.value(o.baseUrl)),
                                          ClientCredentials::fromEnvironment()));
        });
    } else if (parser.isSet(o.profile)) {
        secrets.probe([&] { resolver.savedProfile(parser.value(o.profile), loadAndWrite); });
    } else if (const QString region = regionAsked(parser, o); !region.isEmpty()) {
        QTimer::singleShot(0, &app, [&, region] {
            loadAndWrite(resolver.region(region, ClientCredentials::fromEnvironment()));
        });
    } else {
        printError(Cli::tr("--snapshot needs --sandbox, --profile NAME, --region NAME or"
                           " --base-url URL."));
        return 2;
    }
    app.exec();
    session.reset(); // before its client
    return exitCode;
}

// --diff LEFT RIGHT: headless; 0 the same, 1 different, 2 an error (with a message on stderr).
int runDiff(const QCommandLineParser& parser, const Options& o) {
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        printError(Cli::tr("--diff needs two snapshot files: roledesk --diff LEFT RIGHT [--json]"));
        return 2;
    }
    OrgData sides[2];
    for (int i = 0; i < 2; ++i) {
        QString error;
        auto data = SnapshotFile::read(files[i], &error);
        if (!data) {
            printError(
                Cli::tr("cannot compare %1: %2").arg(QDir::toNativeSeparators(files[i]), error));
            return 2;
        }
        sides[i] = std::move(*data);
    }
    const OrgDiff::Result result = OrgDiff::compare(sides[0], sides[1]);
    QTextStream out(stdout);
    if (parser.isSet(o.json))
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else
        out << result.toText();
    out.flush();
    return result.isSame() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    // Help, version, a mistake, a snapshot and a diff need no display: decide before any
    // QApplication exists (one without a display aborts).
    const FirstLook look = firstLook(argc, argv);
    std::unique_ptr<QCoreApplication> app(look.headless ? new QCoreApplication(argc, argv)
                                                        : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(u"RoleDesk"_s);
    QCoreApplication::setOrganizationName(u"RoleDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLEDESK_VERSION));

    QTranslator translator;
    const QLocale locale = look.lang.isEmpty() ? QLocale() : QLocale(look.lang);
    // Dates and numbers follow the chosen language too.
    if (!look.lang.isEmpty())
        QLocale::setDefault(locale);
    // A language without a translation (or the C locale) gets English, with its plural forms.
    // An installed translation (share/roledesk/translations) wins over the compiled-in one, so
    // it can be updated without a rebuild.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(u"../share/roledesk/translations"_s);
    if (translator.load(locale, u"roledesk"_s, u"_"_s, installed)
        || translator.load(locale, u"roledesk"_s, u"_"_s, u":/i18n"_s)
        || translator.load(u"roledesk_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    // Qt's own texts (the Save, Discard and Cancel of a message box, OK in an input dialog) in
    // the same language, from Debian's qt6-translations-l10n.
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    // Built once the translators are in, so --help speaks the admin's language.
    Options o;
    QCommandLineParser parser;
    o.addTo(parser);
    // --diff keeps its exit codes: a bad command line is an error (2), not "they differ" (1).
    if (look.diff && !parser.parse(app->arguments())) {
        printError(parser.errorText());
        return 2;
    }
    parser.process(*app);

    if (parser.isSet(o.diff))
        return runDiff(parser, o);
    if (look.headless)
        return runSnapshot(*app, parser, o);

    QSettings settings;
    QNetworkAccessManager network;
    KeychainSecretStore secrets;
    MainWindow window(&settings);
    AppController controller(&window, &settings, &secrets, &network);
    controller.setSandboxDataFile(parser.value(o.sandboxData));
    window.show();
    secrets.probe([&] {
        if (parser.isSet(o.sandbox))
            controller.openSandbox(parser.value(o.sandboxOrg), parser.isSet(o.signIn));
        else if (parser.isSet(o.baseUrl))
            controller.openBaseUrl(QUrl(parser.value(o.baseUrl)),
                                   ClientCredentials::fromEnvironment());
        else if (parser.isSet(o.profile))
            controller.openSavedProfile(parser.value(o.profile));
        else if (const QString region = regionAsked(parser, o); !region.isEmpty())
            controller.openRegion(region, ClientCredentials::fromEnvironment());
        else
            controller.openLastConnection();
    });
    return app->exec();
}
