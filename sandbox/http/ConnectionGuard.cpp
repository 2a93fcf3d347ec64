#include "http/ConnectionGuard.h"

#include "core/SandboxLog.h"
#include "http/ApiResponse.h"

#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;

QByteArray headerValue(const QByteArray& head, const QByteArray& name) {
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray closingResponse(int status, const QByteArray& code, const QString& message) {
    ErrorBody e;
    e.status = status;
    e.code = QString::fromLatin1(code);
    e.message = message;
    const ApiResponse response = ApiResponse::error(e);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
           + "\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n"
           + response.body;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits,
                                 QObject* server)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_server(server) {
    setObjectName(u"ConnectionGuard"_s);
    m_requestTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSandbox) << "closing a connection whose request took over"
                          << m_limits.requestTimeoutMs << "ms";
        refuse(408, "request.timeout",
               u"The request did not arrive within %1 ms."_s.arg(m_limits.requestTimeoutMs));
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { m_socket->abort(); });
    // Connected before QHttpServer connects its own (the socket is handed over after this), so
    // this slot sees every byte first.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    m_idleTimer.start(m_limits.idleTimeoutMs);
}

ConnectionGuard* ConnectionGuard::of(QTcpSocket* socket) {
    return socket->findChild<ConnectionGuard*>(u"ConnectionGuard"_s, Qt::FindDirectChildrenOnly);
}

void ConnectionGuard::requestComplete() {
    m_head.clear();
    m_headDone = false;
    m_bodyBytes = 0;
    m_requestTimer.stop();
}

void ConnectionGuard::responded() {
    // Idle from here: a response held back (--latency-ms) is not idleness.
    if (m_head.isEmpty() && !m_headDone)
        m_idleTimer.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onReadyRead() {
    if (m_refused)
        return drain();
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    if (fresh.isEmpty())
        return;
    m_idleTimer.stop();
    if (!m_requestTimer.isActive() && m_head.isEmpty() && !m_headDone)
        m_requestTimer.start(m_limits.requestTimeoutMs);
    if (m_headDone) {
        m_bodyBytes += fresh.size();
    } else {
        m_head += fresh;
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > kMaxHeadBytes)
                refuse(431, "request.header.fields.too.large",
                       u"The request's headers exceed %1 bytes."_s.arg(kMaxHeadBytes));
            return;
        }
        m_headDone = true;
        m_bodyBytes = m_head.size() - (end + 4);
        m_head.truncate(end);
        bool ok = false;
        const qint64 length = headerValue(m_head, "Content-Length").toLongLong(&ok);
        if (ok && length > m_limits.maxBodyBytes) {
            refuse(413, "request.entity.too.large",
                   u"The request body is %1 bytes; the limit is %2 bytes."_s.arg(length).arg(
                       m_limits.maxBodyBytes));
            return;
        }
    }
    // A chunked body has no length up front: it is cut off once it grows past the limit.
    if (m_bodyBytes > m_limits.maxBodyBytes + 16 * 1024)
        refuse(413, "request.entity.too.large",
               u"The request body exceeds the limit of %1 bytes."_s.arg(m_limits.maxBodyBytes));
}

void ConnectionGuard::refuse(int status, const QByteArray& code, const QString& message) {
    if (m_refused)
        return;
    m_refused = true;
    m_requestTimer.stop();
    qCInfo(lcSandbox).noquote() << "refused before reading:" << status << message;
    // QHttpServer never sees the rest of this connection: what still arrives is discarded.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, m_server, nullptr);
    drain();
    m_socket->write(closingResponse(status, code, message));
    m_socket->disconnectFromHost();
    // A client that keeps sending after the answer is cut off after a grace period.
    QTimer::singleShot(2000, m_socket, [socket = m_socket] { socket->abort(); });
}

void ConnectionGuard::drain() {
    m_socket->skip(m_socket->bytesAvailable());
}

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits& limits, QObject* httpServer,
                                   QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_httpServer(httpServer) {}

void GuardedTcpServer::incomingConnection(qintptr descriptor) {
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        qCWarning(lcSandbox) << "turning a connection away:" << m_open << "are open";
        socket->write(closingResponse(
            503, "service.unavailable",
            u"The server has %1 connections open; try again shortly."_s.arg(m_open)));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    new ConnectionGuard(socket, m_limits, m_httpServer);
    addPendingConnection(socket);
}
