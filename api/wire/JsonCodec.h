#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>
#include <tuple>
#include <vector>

//! Why a document could not be decoded: where (a JSON path such as "entities[3].actionSet") and
//! what was wrong there.
struct DecodeError {
    QString path;
    QString message;

    QString toString() const {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

//! An ISO-8601 date-time as the wire carries it: the instant (UTC) for the program, and the exact
//! text it arrived as, which is what gets written back ("…T24:00:00Z", a missing fraction or an
//! offset would otherwise come back reformatted).
class WireDateTime {
public:
    WireDateTime() = default;
    //! A new value to send: written as yyyy-MM-ddTHH:mm:ss.zzzZ.
    WireDateTime(const QDateTime& time)
        : m_time(time.toUTC())
        , m_text(m_time.toString(Qt::ISODateWithMs)) {}

    //! nullopt when `text` is not an ISO-8601 date-time. A value without an offset is UTC, as
    //! the Platform API documents.
    static std::optional<WireDateTime> parse(const QString& text) {
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid())
            return std::nullopt;
        if (time.timeSpec() == Qt::LocalTime)
            time.setTimeSpec(Qt::UTC);
        WireDateTime out;
        out.m_time = time.toUTC();
        out.m_text = text;
        return out;
    }

    const QDateTime& dateTime() const { return m_time; }
    const QString& text() const { return m_text; }
    operator QDateTime() const { return m_time; }
    //! Same instant, however it was written.
    friend bool operator==(const WireDateTime& a, const WireDateTime& b) {
        return a.m_time == b.m_time;
    }

private:
    QDateTime m_time;
    QString m_text;
};

//! Lossless JSON codecs for the Platform API's wire types.
//!
//! A wire type is a struct whose fields are all `std::optional` (absent on the wire stays absent
//! when written back), with a `QJsonObject unknownFields` member and a static `fields()` listing
//! each member once with its JSON name. Keys the type does not know, and known keys holding an
//! explicit null, are kept in `unknownFields` and written back unchanged, so a GET -> edit -> PUT
//! never drops what a newer server sent. A value of the wrong type makes the whole decode fail
//! with a DecodeError naming its path; there are no half-filled objects.
namespace Wire {

template <typename Model, typename Member>
struct Field {
    QLatin1StringView name;
    Member Model::*member;
};

template <typename Model, typename Member>
constexpr Field<Model, Member> field(QLatin1StringView name, Member Model::*member) {
    return {name, member};
}

template <typename T>
concept Model = requires(T t) {
    T::fields();
    t.unknownFields;
};

template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};

inline QString at(const QString& path, QLatin1StringView key) {
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

inline QString at(const QString& path, qsizetype index) {
    return path + u'[' + QString::number(index) + u']';
}

inline bool fail(DecodeError& error, const QString& path, const QString& message) {
    error = {path, message};
    return false;
}

// ---- decoding

inline bool decodeValue(const QJsonValue& v, QString& out, const QString& path, DecodeError& e) {
    if (!v.isString())
        return fail(e, path, QStringLiteral("expected a string"));
    out = v.toString();
    return true;
}

inline bool decodeValue(const QJsonValue& v, bool& out, const QString& path, DecodeError& e) {
    if (!v.isBool())
        return fail(e, path, QStringLiteral("expected true or false"));
    out = v.toBool();
    return true;
}

inline bool decodeValue(const QJsonValue& v, qint64& out, const QString& path, DecodeError& e) {
    const double d = v.toDouble();
    if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > 9007199254740992.0)
        return fail(e, path, QStringLiteral("expected a whole number"));
    out = qint64(d);
    return true;
}

inline bool decodeValue(const QJsonValue& v, int& out, const QString& path, DecodeError& e) {
    qint64 wide = 0;
    if (!decodeValue(v, wide, path, e))
        return false;
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
        return fail(e, path, QStringLiteral("number out of range"));
    out = int(wide);
    return true;
}

inline bool decodeValue(const QJsonValue& v, double& out, const QString& path, DecodeError& e) {
    if (!v.isDouble())
        return fail(e, path, QStringLiteral("expected a number"));
    out = v.toDouble();
    return true;
}

//! ISO-8601; a value without an offset is read as UTC, as the Platform API documents.
inline bool decodeValue(const QJsonValue& v, WireDateTime& out, const QString& path,
                        DecodeError& e) {
    if (!v.isString())
        return fail(e, path, QStringLiteral("expected an ISO-8601 date-time string"));
    const std::optional<WireDateTime> time = WireDateTime::parse(v.toString());
    if (!time)
        return fail(e, path, QStringLiteral("not an ISO-8601 date-time: \"%1\"").arg(v.toString()));
    out = *time;
    return true;
}

inline bool decodeValue(const QJsonValue& v, QJsonObject& out, const QString& path,
                        DecodeError& e) {
    if (!v.isObject())
        return fail(e, path, QStringLiteral("expected an object"));
    out = v.toObject();
    return true;
}

inline bool decodeValue(const QJsonValue& v, QJsonValue& out, const QString&, DecodeError&) {
    out = v;
    return true;
}

template <Model T>
bool decodeValue(const QJsonValue& v, T& out, const QString& path, DecodeError& e);

template <typename T>
bool decodeValue(const QJsonValue& v, QList<T>& out, const QString& path, DecodeError& e) {
    if (!v.isArray())
        return fail(e, path, QStringLiteral("expected an array"));
    const QJsonArray array = v.toArray();
    out.clear();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        T item{};
        if (!decodeValue(array[i], item, at(path, i), e))
            return false;
        out.append(std::move(item));
    }
    return true;
}

template <typename T>
bool decodeValue(const QJsonValue& v, std::vector<T>& out, const QString& path, DecodeError& e) {
    QList<T> list;
    if (!decodeValue(v, list, path, e))
        return false;
    out.assign(list.cbegin(), list.cend());
    return true;
}

template <typename T>
bool decodeValue(const QJsonValue& v, QMap<QString, T>& out, const QString& path, DecodeError& e) {
    if (!v.isObject())
        return fail(e, path, QStringLiteral("expected an object"));
    const QJsonObject object = v.toObject();
    out.clear();
    for (auto it = object.begin(); it != object.end(); ++it) {
        T item{};
        if (!decodeValue(it.value(), item, path + u'.' + it.key(), e))
            return false;
        out.insert(it.key(), std::move(item));
    }
    return true;
}

template <Model T>
bool decodeValue(const QJsonValue& v, T& out, const QString& path, DecodeError& e) {
    if (!v.isObject())
        return fail(e, path, QStringLiteral("expected an object"));
    const QJsonObject object = v.toObject();
    T result{};
    bool ok = true;
    QStringList known;
    std::apply(
        [&](const auto&... f) {
            ((ok = ok &&
                   [&] {
                       known.append(QString(f.name));
                       const QJsonValue value = object.value(f.name);
                       if (value.isUndefined() || value.isNull())
                           return true;
                       using Member = std::remove_reference_t<decltype(result.*(f.member))>;
                       if constexpr (IsOptional<Member>::value) {
                           typename Member::value_type inner{};
                           if (!decodeValue(value, inner, at(path, f.name), e))
                               return false;
                           result.*(f.member) = std::move(inner);
                           return true;
                       } else {
                           return decodeValue(value, result.*(f.member), at(path, f.name), e);
                       }
                   }()),
             ...);
        },
        T::fields());
    if (!ok)
        return false;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()) || it.value().isNull())
            result.unknownFields.insert(it.key(), it.value());
    out = std::move(result);
    return true;
}

// ---- encoding

inline QJsonValue encodeValue(const QString& v) {
    return v;
}
inline QJsonValue encodeValue(bool v) {
    return v;
}
inline QJsonValue encodeValue(int v) {
    return v;
}
inline QJsonValue encodeValue(qint64 v) {
    return v;
}
inline QJsonValue encodeValue(double v) {
    return v;
}
inline QJsonValue encodeValue(const WireDateTime& v) {
    return v.text();
}
inline QJsonValue encodeValue(const QJsonObject& v) {
    return v;
}
inline QJsonValue encodeValue(const QJsonValue& v) {
    return v;
}
inline QJsonValue encodeValue(const QStringList& v) {
    return QJsonArray::fromStringList(v);
}

template <Model T>
QJsonValue encodeValue(const T& v);

template <typename T>
QJsonValue encodeValue(const QList<T>& v) {
    QJsonArray array;
    for (const T& item : v)
        array.append(encodeValue(item));
    return array;
}

template <typename T>
QJsonValue encodeValue(const std::vector<T>& v) {
    QJsonArray array;
    for (const T& item : v)
        array.append(encodeValue(item));
    return array;
}

template <typename T>
QJsonValue encodeValue(const QMap<QString, T>& v) {
    QJsonObject object;
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        object.insert(it.key(), encodeValue(it.value()));
    return object;
}

template <Model T>
QJsonValue encodeValue(const T& v) {
    QJsonObject object = v.unknownFields;
    std::apply(
        [&](const auto&... f) {
            (
                [&] {
                    const auto& member = v.*(f.member);
                    using Member = std::remove_cvref_t<decltype(member)>;
                    if constexpr (IsOptional<Member>::value) {
                        if (member)
                            object.insert(f.name, encodeValue(*member));
                    } else {
                        object.insert(f.name, encodeValue(member));
                    }
                }(),
                ...);
        },
        T::fields());
    return object;
}

} // namespace Wire

//! Decodes a wire type from a JSON value; nullopt with *error set when it does not fit.
template <typename T>
std::optional<T> fromJson(const QJsonValue& json, DecodeError* error = nullptr) {
    T out{};
    DecodeError e;
    if (!Wire::decodeValue(json, out, QString(), e)) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    return out;
}

//! Parses and decodes a whole document; a syntax error is a DecodeError too.
template <typename T>
std::optional<T> fromJsonBytes(const QByteArray& bytes, DecodeError* error = nullptr) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = {QString(), QStringLiteral("not valid JSON (%1 at offset %2)")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset)};
        return std::nullopt;
    }
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return fromJson<T>(root, error);
}

template <typename T>
QJsonValue toJson(const T& value) {
    return Wire::encodeValue(value);
}

template <typename T>
QByteArray toJsonBytes(const T& value) {
    const QJsonValue v = toJson(value);
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}
