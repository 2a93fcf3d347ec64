#pragma once

#include "wire/ApiStatus.h"

#include <QObject>
#include <QPointer>

class PlatformClient;
class QNetworkAccessManager;

//! "Test connection" without connecting: logs in with the given region (or base URL) and
//! client credentials on a client of its own, reads the organization's products (A4) and its
//! name (organizations/me).
class ConnectionTest : public QObject {
    Q_OBJECT
public:
    explicit ConnectionTest(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ConnectionTest() override;

    //! `environment` is a region host or key, or a base URL with "://". A test still running
    //! is dropped.
    void start(const QString& environment, const QString& clientId, const QString& secret);
    bool isRunning() const;

Q_SIGNALS:
    //! `organization` is empty when the client may not read it.
    void succeeded(const QString& organization, int products);
    void failed(const ApiStatus& status);
    void finished();

private:
    void done(PlatformClient* client);

    QNetworkAccessManager* m_network;
    QPointer<PlatformClient> m_client;
};
