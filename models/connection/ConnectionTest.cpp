#include "connection/ConnectionTest.h"

#include "client/PlatformClient.h"

#include <QTimer>

ConnectionTest::ConnectionTest(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network) {}

ConnectionTest::~ConnectionTest() {
    delete m_client;
}

bool ConnectionTest::isRunning() const {
    return m_client != nullptr;
}

void ConnectionTest::start(const QString& environment, const QString& clientId,
                           const QString& secret) {
    delete m_client; // aborts and frees what it still had in flight
    auto* client = new PlatformClient(m_network, this);
    m_client = client;
    QString error;
    const bool configured = environment.contains(u"://")
                                ? client->setBaseUrl(QUrl(environment), &error)
                                : client->setEnvironment(environment, &error);
    if (!configured) {
        QTimer::singleShot(0, this, [this, client, error] {
            if (m_client != client)
                return;
            m_client = nullptr;
            client->deleteLater();
            Q_EMIT failed(ApiStatus::invalidRequest(error));
            Q_EMIT finished();
        });
        return;
    }
    client->setCredentials(clientId, secret);
    // The products prove the client may read; the organization's name says which org it is.
    auto* job = client->getProducts();
    connect(job, &ApiJob::succeeded, this, [this, job, client] {
        const int products =
            int(job->result().entities.value_or(QList<DomainOrganizationProduct>()).size());
        auto* org = client->getOrganizationMe();
        connect(org, &ApiJob::succeeded, this, [this, org, products] {
            Q_EMIT succeeded(org->result().name.value_or(QString()), products);
        });
        // Not allowed to read it: the connection still works, the name stays unknown.
        connect(org, &ApiJob::failed, this,
                [this, products] { Q_EMIT succeeded(QString(), products); });
        connect(org, &ApiJob::finished, this, [this, client] { done(client); });
    });
    connect(job, &ApiJob::failed, this, [this, client](const ApiStatus& status) {
        Q_EMIT failed(status);
        done(client);
    });
}

void ConnectionTest::done(PlatformClient* client) {
    if (m_client == client) {
        m_client = nullptr;
        client->deleteLater();
    }
    Q_EMIT finished();
}
