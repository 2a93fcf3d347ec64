#include "http/Router.h"

#include <QUrl>

using namespace Qt::StringLiterals;

void Router::add(const QByteArray& method, const QString& pathTemplate, Handler handler) {
    static const QRegularExpression placeholder(u"\\\\\\{[A-Za-z]+\\\\\\}"_s);
    QString pattern = QRegularExpression::escape(pathTemplate);
    pattern.replace(placeholder, u"([^/]+)"_s);
    m_routes.push_back({method, QRegularExpression(QRegularExpression::anchoredPattern(pattern)),
                        std::move(handler)});
}

ApiResponse Router::dispatch(ApiRequest& request) const {
    QByteArrayList allowed;
    for (const Route& route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        if (route.method != request.method) {
            if (!allowed.contains(route.method))
                allowed.append(route.method);
            continue;
        }
        request.pathArgs.clear();
        for (int i = 1; i <= match.lastCapturedIndex(); ++i)
            request.pathArgs.append(QUrl::fromPercentEncoding(match.captured(i).toUtf8()));
        return route.handler(request);
    }
    if (!allowed.isEmpty()) {
        ApiResponse response = ApiResponse::error(
            405, u"method.not.allowed"_s,
            u"%1 is not supported on %2."_s.arg(QString::fromLatin1(request.method), request.path));
        response.headers.append({"Allow", allowed.join(", ")});
        return response;
    }
    return ApiResponse::error(404, u"not.found"_s,
                              u"No API operation matches %1 %2."_s.arg(
                                  QString::fromLatin1(request.method), request.path));
}
