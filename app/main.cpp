// roledesk: the Genesys Cloud authorization console.

#include "MainWindow.h"
#include "PlatformClient.h"
#include "RoleListModel.h"
#include "RoleLoader.h"
#include "Sandbox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"RoleDesk"_s);
    QApplication::setOrganizationName(u"RoleDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(ROLEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Genesys Cloud authorization console: roles, permissions and trusts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        u"sandbox"_s, QApplication::translate("main", "Open the embedded sandbox organization."));
    const QCommandLineOption sandboxDataOption(
        u"sandbox-data"_s,
        QApplication::translate("main", "SQLite file the sandbox keeps its state in."), u"FILE"_s);
    const QCommandLineOption langOption(
        u"lang"_s, QApplication::translate("main", "User interface language (en, de, fr)."),
        u"CODE"_s);
    parser.addOptions({sandboxOption, sandboxDataOption, langOption});
    parser.process(app);

    QTranslator translator;
    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale();
    if (translator.load(locale, u"roledesk"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    if (!parser.isSet(sandboxOption)) {
        QTextStream(stderr) << QApplication::translate(
            "main", "roledesk: connection profiles are not available yet; start with --sandbox.\n");
        return 2;
    }

    SandboxOptions options;
    options.dataFile = parser.value(sandboxDataOption);
    if (options.dataFile.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        options.dataFile = dir + u"/sandbox.sqlite"_s;
    }
    Sandbox sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        QTextStream(stderr) << QApplication::translate("main",
                                                       "roledesk: the sandbox did not start: %1\n")
                                   .arg(error);
        return 1;
    }
    const SandboxOrganization home = sandbox.homeOrganization();

    QNetworkAccessManager network;
    PlatformClient client(&network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setCredentials(home.clientId, home.clientSecret);

    RoleListModel roles;
    MainWindow window(&roles);
    window.setOrganization(home.name, QApplication::translate("main", "Sandbox"));
    RoleLoader loader(&client, &roles);
    QObject::connect(&loader, &RoleLoader::loaded, &window, &MainWindow::showLoaded);
    QObject::connect(&loader, &RoleLoader::failed, &window, &MainWindow::showError);
    window.showLoading();
    window.show();
    loader.start();
    return app.exec();
}
