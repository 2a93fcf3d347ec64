#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

//! Everything that shapes one sandbox instance; the roledesk-sandbox options map onto it 1:1.
struct SandboxOptions {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;       //!< 0 = an ephemeral port
    QString dataFile;       //!< SQLite file; empty = in memory
    int scale = 1;          //!< multiplies custom roles, users and trusts
    int latencyMs = 0;      //!< added before every /api/v2 response
    double faultRate = 0.0; //!< 0..1: share of /api/v2 requests that fail
    //! Which faults to mix: 503, 500, drop, truncate (the default mix), and malformed (200 with a
    //! body that is not JSON), html (502 with a gateway's HTML page), empty500 (500, no body).
    QStringList faultKinds = {QStringLiteral("503"), QStringLiteral("500"), QStringLiteral("drop"),
                              QStringLiteral("truncate")};
    //! Methods the faults strike ("PUT", "DELETE"); empty = every method.
    QStringList faultMethods;
    int rateLimitPerMinute = 300;      //!< per OAuth client, /oauth/token included; 0 = off
    int tokenTtlSeconds = 86400;       //!< lifetime of an access token
    int maxPageSize = 500;             //!< larger pageSize values get 400
    qint64 maxBodyBytes = 1024 * 1024; //!< larger request bodies get 413, before they are read
    int requestTimeoutMs = 10000;      //!< a request must arrive within this, or 408 and close
    int idleTimeoutMs = 30000;         //!< a kept-alive connection idle this long is closed
    int maxConnections = 256;          //!< more open connections are answered 503 and closed
    int busyTimeoutMs = 5000;          //!< a write waits this long for another process's lock
    int pairingTtlSeconds = 48 * 3600; //!< pairing requests expire after this
    quint32 randomSeed = 0;            //!< fault injection; 0 = seeded from the system
    //! The password every seeded person signs in with on the sign-in page (/oauth/authorize).
    QString userPassword = QStringLiteral("sandbox");
    int authorizationCodeTtlSeconds = 60; //!< codes of the sign-in page are used within this
};
