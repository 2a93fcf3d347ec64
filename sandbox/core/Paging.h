#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

// pageSize/pageNumber parsing and the Platform API's paging envelope.
class Paging {
public:
    //! Reads pageSize (default 25, at most maxPageSize) and pageNumber (default 1); on a bad
    //! value returns nullopt and sets *error to a 400 naming the parameter.
    static std::optional<Paging> parse(const ApiRequest& request, int maxPageSize,
                                       ApiResponse* error);

    //! The envelope for one page of `all`. With URIs, firstUri/selfUri/lastUri always, and
    //! previousUri/nextUri where such a page exists; every other query parameter is kept.
    QJsonObject envelope(const ApiRequest& request, const QJsonArray& all, bool withUris) const;
    //! The same for a list of `total` items of which only this page's are built, by `itemAt`
    //! (0-based index into the whole list): a page costs what the page holds, not the list.
    QJsonObject envelope(const ApiRequest& request, qsizetype total,
                         const std::function<QJsonValue(qsizetype)>& itemAt, bool withUris) const;

    //! The same as compact JSON, each item appended as compact JSON by `appendItem`.
    QByteArray envelopeBytes(const ApiRequest& request, qsizetype total,
                             const std::function<void(qsizetype, QByteArray&)>& appendItem,
                             bool withUris) const;

    //! Index of the page's first item in the whole list.
    qsizetype offset() const { return qsizetype(m_pageNumber - 1) * m_pageSize; }

    int pageSize() const { return m_pageSize; }
    int pageNumber() const { return m_pageNumber; }

private:
    //! Everything of the envelope but its entities.
    QJsonObject frame(const ApiRequest& request, qsizetype total, bool withUris) const;

    int m_pageSize = 25;
    int m_pageNumber = 1;
};
