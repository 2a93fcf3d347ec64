#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

//! What one client has learned of the page sizes a server takes, per listing (its path with the
//! ids left out: "trusteeUsers" covers every trustee's users).
//!
//! A listing starts in the preferred size. The size the server took for a first page is kept
//! for that listing. Until a listing has been taken once, its listings are all "probes": each
//! reports back. Once the server has refused a page size this session, a listing that is still
//! unknown sends one probe at a time and holds the rest until it answers, so twenty trustees'
//! user lists started together meet one refusal, not twenty.
class PageSizeMemory : public QObject {
    Q_OBJECT
public:
    explicit PageSizeMemory(QObject* parent = nullptr)
        : QObject(parent) {}

    void setPreferred(int size) { m_preferred = qMax(1, size); }
    int preferred() const { return m_preferred; }

    //! The size the next listing starts with: what the server took, else what it last named
    //! for the listing, else the preferred size.
    int sizeFor(const QString& listing) const;

    //! A listing's first page is about to go: its size, and whether it is a probe (it must
    //! then report taken(), refused() and, unless it was taken, released()). nullopt: wait for
    //! changed(listing) and ask again.
    struct Claim {
        int size = 0;
        bool probe = false;
    };
    std::optional<Claim> claim(const QString& listing);

    //! The server took a first page in `size` (the size it answered in, if smaller).
    void taken(const QString& listing, int size);
    //! The server refused a first page's size; the probe asks again in `smaller`.
    void refused(const QString& listing, int smaller);
    //! A probe ended without a size taken (another failure, or it was aborted).
    void released(const QString& listing);

Q_SIGNALS:
    //! A listing was taken or a probe released: listings waiting for it may go.
    void changed(const QString& listing);

private:
    struct Listing {
        std::optional<int> taken;
        std::optional<int> named; //!< the size a refusal led to
        int probes = 0;
    };
    QHash<QString, Listing> m_listings;
    int m_preferred = 500;
    bool m_refusedBefore = false;
};
