#pragma once

#include <QHostAddress>
#include <QString>

//! Everything that shapes one sandbox instance; the roledesk-sandbox options map onto it 1:1.
struct SandboxOptions {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;                  //!< 0 = an ephemeral port
    QString dataFile;                  //!< SQLite file; empty = in memory
    int scale = 1;                     //!< multiplies custom roles, users and trusts
    int latencyMs = 0;                 //!< added before every /api/v2 response
    double faultRate = 0.0;            //!< 0..1: share of /api/v2 requests that fail
    int rateLimitPerMinute = 300;      //!< per token; 0 = off
    int tokenTtlSeconds = 86400;       //!< lifetime of an access token
    int maxPageSize = 500;             //!< larger pageSize values get 400
    qint64 maxBodyBytes = 1024 * 1024; //!< larger request bodies get 413
    int pairingTtlSeconds = 48 * 3600; //!< pairing requests expire after this
    quint32 randomSeed = 0;            //!< fault injection; 0 = seeded from the system
};
