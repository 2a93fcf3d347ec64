#include "Sandbox.h"

#include "http/SandboxServer.h"

#include <QThread>

using namespace Qt::StringLiterals;

Sandbox::Sandbox(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options)) {}

Sandbox::~Sandbox() {
    stop();
}

quint16 Sandbox::start(QString* error) {
    if (m_port)
        return m_port;
    m_thread = new QThread;
    m_thread->setObjectName(u"roledesk-sandbox"_s);
    m_server = new SandboxServer(m_options);
    m_server->moveToThread(m_thread);
    m_thread->start();
    QString problem;
    QList<StoredOrg> orgs;
    QList<SandboxPerson> people;
    // The server, its sockets and its SQLite connection are used only from the sandbox thread.
    SandboxServer* server = m_server;
    QMetaObject::invokeMethod(
        server,
        [server, &problem, &orgs, &people, this] {
            m_port = server->start(&problem);
            if (m_port) {
                orgs = server->organizations();
                people = server->people();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!m_port) {
        if (error)
            *error = problem;
        stop();
        return 0;
    }
    for (const StoredOrg& o : orgs)
        m_orgs.append({o.id, o.name, o.clientId, o.clientSecret, o.isHome,
                       TokenService::signInClientId(o.id)});
    m_people = people;
    std::stable_partition(m_orgs.begin(), m_orgs.end(),
                          [](const SandboxOrganization& o) { return o.isHome; });
    return m_port;
}

void Sandbox::stop() {
    if (!m_thread)
        return;
    if (m_server) {
        SandboxServer* server = m_server;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
    m_orgs.clear();
    m_people.clear();
}

QString Sandbox::registeredRedirect() {
    return TokenService::registeredRedirect();
}

QUrl Sandbox::baseUrl() const {
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_options.address.toString());
    url.setPort(m_port);
    return url;
}

SandboxOrganization Sandbox::homeOrganization() const {
    return m_orgs.isEmpty() ? SandboxOrganization{} : m_orgs.first();
}
