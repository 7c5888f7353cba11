// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadAhead.h"

#include <QScopeGuard>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <variant>

namespace rt::core {

namespace {

struct Source
{
    QString name;
    QString publication;
    QString issue;
};
struct Tag
{
    Term term;
};
struct Topic
{
    Term term;
};
struct ListDone
{
    ExchangeSink::List list;
};
struct Progress
{
    qint64 done;
    qint64 total;
};
struct Failed // the reading ended with this error
{
    std::exception_ptr error;
};
struct Ended // the reading ended well
{
};

using Item = std::variant<Source, Tag, Topic, Authority, Development, Company, Assessment, ListDone, Progress,
                          Failed, Ended>;

// Thrown in the reading thread when the calling thread wants no more records.
struct Stopped
{
};

class Queue final
{
public:
    // Reading thread: waits while the queue is full.
    void push(Item item)
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return m_stopped || m_items.size() < capacity; });
        if (m_stopped) {
            throw Stopped();
        }
        m_items.push_back(std::move(item));
        m_ready.notify_one();
    }

    // Reading thread, last: never waits.
    void end(Item item)
    {
        const std::lock_guard lock(m_mutex);
        m_items.push_back(std::move(item));
        m_ready.notify_one();
    }

    // Calling thread: everything queued, once there is something.
    void take(std::deque<Item> &items)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_items.empty(); });
        items.swap(m_items);
        m_room.notify_one();
    }

    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_room.notify_one();
    }

private:
    static constexpr std::size_t capacity = 256;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_room;
    std::deque<Item> m_items;
    bool m_stopped = false;
};

// The calling thread notes the ids: the reading thread accepts them all.
class Unchecked final : public ExchangeIds
{
public:
    bool add(Kind, const QString &) override { return true; }
};

// Reading thread: every record into the queue.
class QueueSink final : public ExchangeSink
{
public:
    explicit QueueSink(Queue &queue)
        : m_queue(queue)
    {
    }
    void source(const QString &name, const QString &publication, const QString &issue) override
    {
        m_queue.push(Source{name, publication, issue});
    }
    void tag(const Term &tag) override { m_queue.push(Tag{tag}); }
    void topic(const Term &topic) override { m_queue.push(Topic{topic}); }
    void authority(const Authority &authority) override { m_queue.push(authority); }
    void development(const Development &development) override { m_queue.push(development); }
    void company(const Company &company) override { m_queue.push(company); }
    void assessment(const Assessment &assessment) override { m_queue.push(assessment); }
    void listDone(List list) override { m_queue.push(ListDone{list}); }
    ExchangeIds *ids() override { return &m_unchecked; }

private:
    Queue &m_queue;
    Unchecked m_unchecked;
};

} // namespace

void ReadAhead::read(QIODevice &device, const QString &fileName, ExchangeSink &sink,
                     const ExchangeProgress &progress)
{
    ExchangeIds *ids = sink.ids();
    if (!ids) { // ids kept in memory are the reader's own: read on this thread
        ExchangeFormat::read(device, fileName, sink, progress);
        return;
    }
    Queue queue;
    std::atomic<bool> cancelled = false;
    // The reader reports every record; a thousandth of the way is enough to pass on.
    qint64 lastReported = -1;
    const ExchangeProgress relay = [&](qint64 done, qint64 total) {
        if (done == total || lastReported < 0 || done - lastReported >= total / 1000) {
            lastReported = done;
            queue.push(Progress{done, total});
        }
        return !cancelled.load();
    };
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            QueueSink reading(queue);
            ExchangeFormat::read(device, fileName, reading, progress ? relay : ExchangeProgress());
            queue.end(Ended{});
        } catch (const Stopped &) { // the calling thread has stopped listening
        } catch (...) {
            queue.end(Failed{std::current_exception()});
        }
    }));
    thread->start();
    const auto finish = qScopeGuard([&] {
        queue.stop();
        thread->wait();
    });

    qsizetype developments = 0;
    std::deque<Item> items;
    while (true) {
        queue.take(items);
        for (Item &item : items) {
            if (const auto *failed = std::get_if<Failed>(&item)) {
                std::rethrow_exception(failed->error);
            }
            if (std::holds_alternative<Ended>(item)) {
                return;
            }
            if (const auto *p = std::get_if<Progress>(&item)) {
                // A cancel is said by the reader, with its message, at its next report.
                if (!cancelled.load() && progress && !progress(p->done, p->total)) {
                    cancelled = true;
                }
                continue;
            }
            if (cancelled.load()) {
                continue; // nothing more is written: the reader's error follows
            }
            std::visit(
                [&](auto &record) {
                    using T = std::decay_t<decltype(record)>;
                    if constexpr (std::is_same_v<T, Source>) {
                        sink.source(record.name, record.publication, record.issue);
                    } else if constexpr (std::is_same_v<T, Tag>) {
                        sink.tag(record.term);
                    } else if constexpr (std::is_same_v<T, Topic>) {
                        sink.topic(record.term);
                    } else if constexpr (std::is_same_v<T, Authority>) {
                        sink.authority(record);
                    } else if constexpr (std::is_same_v<T, Development>) {
                        ExchangeFormat::noteIds(*ids, record, fileName,
                                                QStringLiteral("developments[%1]").arg(developments++));
                        sink.development(record);
                    } else if constexpr (std::is_same_v<T, Company>) {
                        sink.company(record);
                    } else if constexpr (std::is_same_v<T, Assessment>) {
                        sink.assessment(record);
                    } else if constexpr (std::is_same_v<T, ListDone>) {
                        sink.listDone(record.list);
                    }
                },
                item);
        }
        items.clear();
    }
}

} // namespace rt::core
