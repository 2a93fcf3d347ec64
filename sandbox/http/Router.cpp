#include "http/Router.h"

#include "roles/RolePolicies.h"

#include <QUrl>

using namespace Qt::StringLiterals;

QStringList Requires::missing(const QJsonArray& policies) const {
    QStringList lacking;
    for (const QString& p : permissions)
        if (!RolePolicies::grants(policies, p))
            lacking.append(p);
    if (!all && lacking.size() < permissions.size())
        return {};
    return lacking;
}

namespace {

// The real service's answer for a missing permission (code and message as it words them).
ApiResponse forbidden(const Requires& access, const QStringList& lacking) {
    const QString list = u"["_s + lacking.join(u", "_s) + u"]"_s;
    ErrorBody e;
    e.status = 403;
    if (access.all) {
        e.code = u"missing.permissions"_s;
        e.messageWithParams = u"Unable to perform the requested action. You are missing the"
                              " following permission(s): {permissions}"_s;
    } else {
        e.code = u"missing.any.permissions"_s;
        e.messageWithParams = u"Unable to perform the requested action. You must have at least"
                              " one of the following permissions assigned: {permissions}"_s;
    }
    e.messageParams.insert(u"permissions"_s, list);
    e.message = QString(e.messageWithParams).replace(u"{permissions}"_s, list);
    return ApiResponse::error(e);
}

} // namespace

void Router::add(const QByteArray& method, const QString& pathTemplate, Requires access,
                 Handler handler) {
    static const QRegularExpression placeholder(u"\\\\\\{[A-Za-z]+\\\\\\}"_s);
    QString pattern = QRegularExpression::escape(pathTemplate);
    pattern.replace(placeholder, u"([^/]+)"_s);
    m_routes.push_back({method, QRegularExpression(QRegularExpression::anchoredPattern(pattern)),
                        std::move(access), std::move(handler)});
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
        if (request.callerPolicies) {
            const QStringList lacking = route.access.missing(*request.callerPolicies);
            if (!lacking.isEmpty())
                return forbidden(route.access, lacking);
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
