#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

//! Limits a connection puts on the server before QHttpServer reads a byte of it.
struct ConnectionLimits {
    qint64 maxBodyBytes = 1024 * 1024;
    int requestTimeoutMs = 10000; //!< first byte of a request to its last
    int idleTimeoutMs = 30000;    //!< a kept-alive connection with no request
    int maxConnections = 256;
};

//! Watches one connection ahead of QHttpServer (its readyRead slot runs first): refuses a body
//! over the limit from its Content-Length (or, chunked, once it grows past it) without reading
//! it, and closes connections that send a request too slowly or sit idle too long.
class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits, QObject* server);

    //! The guard of a socket that has one.
    static ConnectionGuard* of(QTcpSocket* socket);
    //! QHttpServer has the whole request: the next bytes start a new one.
    void requestComplete();
    //! Its response was written: the connection is idle until the next request starts.
    void responded();

private:
    void onReadyRead();
    void refuse(int status, const QByteArray& code, const QString& message);
    void drain();

    QTcpSocket* m_socket;
    ConnectionLimits m_limits;
    QObject* m_server;
    QByteArray m_head; //!< the request's header block, until it is complete
    bool m_headDone = false;
    qint64 m_bodyBytes = 0; //!< body bytes of the request so far
    bool m_refused = false;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
};

//! A QTcpServer whose connections each get a ConnectionGuard, and that turns connections beyond
//! the cap away with a 503 instead of holding them.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(const ConnectionLimits& limits, QObject* httpServer,
                     QObject* parent = nullptr);

    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionLimits m_limits;
    QObject* m_httpServer;
    int m_open = 0;
};
