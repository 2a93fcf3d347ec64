#pragma once

#include "client/ApiLog.h"
#include "client/PageSizeMemory.h"
#include "client/ResultJob.h"
#include "wire/EntityListing.h"

#include <QMap>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <limits>

//! When a server refuses a listing's page size (a 400 about pageSize), the size to ask for
//! instead: the limit its message names ("at most 10"), else half the size asked (`asked` 0 is
//! the API's default of 25). nullopt when the failure is about something else, or 1 was refused.
std::optional<int> smallerPageSize(const ApiStatus& status, int asked);

//! Fetches every page of a paged operation: page 1 first, then the rest with at most
//! `parallelism` pages in flight (0: all at once, the dispatcher's queue deciding), results in
//! page order. Emits progress(pagesDone, pageCount).
//! Uses pageCount; a listing without it is followed page by page while it has a nextUri.
//! Cancelling aborts the pages in flight. Fails with the first page that fails, except that a
//! first page refused for its page size is asked again smaller (see smallerPageSize). With a
//! PageSizeMemory (see remember), the first page's size comes from it and what the server
//! took or refused goes back to it.
template <typename T>
class PagedJob : public ApiJob {
public:
    using Page = ResultJob<EntityListing<T>>;
    //! One page; pageSize 0 means the server's default.
    using PageFactory = std::function<Page*(int pageNumber, int pageSize)>;

    PagedJob(PageFactory factory, int parallelism, int pageSize = 0, QObject* parent = nullptr)
        : ApiJob(parent)
        , m_factory(std::move(factory))
        , m_parallelism(parallelism > 0 ? parallelism : std::numeric_limits<int>::max())
        , m_pageSize(qMax(0, pageSize)) {
        QTimer::singleShot(0, this, [this] { begin(); });
    }

    ~PagedJob() override { release(); }

    //! Takes the first page's size from `memory`'s knowledge of `listing`, and tells it what
    //! the server made of it. Call before control returns to the event loop.
    void remember(PageSizeMemory* memory, const QString& listing) {
        m_memory = memory;
        m_listing = listing;
    }

    const QList<T>& result() const { return m_result; }
    //! The page size the listing was read with (after any the server refused), 0 = its default.
    int pageSize() const { return m_pageSize; }
    qint64 total() const { return m_total; }

    void abort() override {
        for (const QPointer<Page>& page : std::as_const(m_inFlight))
            if (page)
                page->abort();
        m_inFlight.clear();
        release();
        QObject::disconnect(m_waiting);
        ApiJob::abort();
    }

private:
    void begin() {
        if (isFinished())
            return;
        if (m_memory) {
            const auto claim = m_memory->claim(m_listing);
            if (!claim) {
                // Another listing of its kind is finding out what the server takes.
                if (!m_waiting)
                    m_waiting = QObject::connect(m_memory, &PageSizeMemory::changed, this,
                                                 [this](const QString& listing) {
                                                     if (listing == m_listing)
                                                         begin();
                                                 });
                return;
            }
            QObject::disconnect(m_waiting);
            m_pageSize = claim->size;
            m_probe = claim->probe;
        }
        fetch(1);
    }

    //! A probe that ends without a size taken lets the next listing of its kind go.
    void release() {
        if (m_probe && m_memory)
            m_memory->released(m_listing);
        m_probe = false;
    }

    void fetch(int pageNumber) {
        if (isFinished())
            return;
        Page* page = m_factory(pageNumber, m_pageSize);
        page->setPriority(priority());
        m_inFlight.insert(pageNumber, page);
        QObject::connect(page, &ApiJob::succeeded, this, [this, page, pageNumber] {
            m_inFlight.remove(pageNumber);
            onPage(pageNumber, page->result());
        });
        QObject::connect(page, &ApiJob::failed, this, [this, pageNumber](const ApiStatus& status) {
            m_inFlight.remove(pageNumber);
            if (pageNumber == 1 && m_resizes < kMaxResizes) {
                if (const auto smaller = smallerPageSize(status, m_pageSize)) {
                    qCInfo(lcApi) << "the server refused page size" << m_pageSize
                                  << "(0 = its default); asking for" << *smaller;
                    ++m_resizes;
                    m_pageSize = *smaller;
                    if (m_probe && m_memory)
                        m_memory->refused(m_listing, m_pageSize);
                    return fetch(1);
                }
            }
            for (const QPointer<Page>& other : std::as_const(m_inFlight))
                if (other)
                    other->abort();
            m_inFlight.clear();
            release();
            complete(status);
        });
    }

    void onPage(int pageNumber, const EntityListing<T>& listing) {
        m_pages.insert(pageNumber, listing.entities.value_or(QList<T>()));
        if (pageNumber == 1) {
            // A server that gives smaller pages than asked counts its pages in its own size:
            // the rest are asked in that size, or they would not line up.
            if (listing.pageSize && *listing.pageSize > 0
                && (m_pageSize == 0 || *listing.pageSize < m_pageSize))
                m_pageSize = *listing.pageSize;
            if (m_probe && m_memory)
                m_memory->taken(m_listing, m_pageSize);
            m_probe = false;
            m_total = listing.total.value_or(0);
            m_sequential = !listing.pageCount.has_value();
            m_pageCount = listing.pageCount.value_or(1);
        }
        if (m_sequential && listing.nextUri && !listing.entities.value_or(QList<T>()).isEmpty())
            m_pageCount = qMax(m_pageCount, pageNumber + 1);
        Q_EMIT progress(m_pages.size(), qMax(1, m_pageCount));
        while (m_next <= m_pageCount && m_inFlight.size() < (m_sequential ? 1 : m_parallelism))
            fetch(m_next++);
        if (m_inFlight.isEmpty() && m_next > m_pageCount) {
            for (const QList<T>& items : std::as_const(m_pages))
                m_result += items;
            complete(ApiStatus::success(200));
        }
    }

    static constexpr int kMaxResizes = 6;

    PageFactory m_factory;
    QPointer<PageSizeMemory> m_memory;
    QString m_listing;
    QMetaObject::Connection m_waiting;
    bool m_probe = false; //!< its first page reports to m_memory
    int m_parallelism;
    int m_pageSize;
    int m_resizes = 0;
    QMap<int, QList<T>> m_pages;
    QMap<int, QPointer<Page>> m_inFlight;
    QList<T> m_result;
    int m_pageCount = 1;
    int m_next = 2;
    qint64 m_total = 0;
    bool m_sequential = false;
};
