import Foundation

/// A first-in first-out queue between threads that holds at most `capacity` items.
///
/// The extraction side blocks when the writer falls behind, so memory stays
/// flat however long the batch; closing wakes both sides. A side is woken
/// only when it can go on (the consumer's batch is full, room was made):
/// waking the writer on every report cost two context switches per report.
final class BoundedQueue<Element>: @unchecked Sendable {
    private var items: [Element] = []
    private var head = 0
    private var closed = false
    private let capacity: Int
    private let condition = NSCondition()
    /// Items the waiting consumer needs before it goes on; 0 when it is not waiting.
    private var consumerNeeds = 0
    /// Producers waiting for room.
    private var producersWaiting = 0

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Adds an item, waiting for room; false when the queue was closed (the consumer stopped).
    @discardableResult
    func push(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !closed && items.count - head >= capacity {
            producersWaiting += 1
            condition.wait()
            producersWaiting -= 1
        }
        guard !closed else { return false }
        items.append(item)
        if consumerNeeds > 0 && items.count - head >= consumerNeeds { condition.broadcast() }
        return true
    }

    /// The next item, waiting for one; nil once the queue is closed and empty.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed {
            consumerNeeds = 1
            condition.wait()
            consumerNeeds = 0
        }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        // Drop consumed slots now and then, not on every pop.
        if head > 1024 && head * 2 > items.count { items.removeFirst(head); head = 0 }
        if producersWaiting > 0 { condition.broadcast() }
        return item
    }

    /// Waits until `count` items are waiting, the queue is closed, or `timeout` seconds have passed.
    func wait(forItems count: Int, timeout: Double) {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        let needed = min(count, capacity)
        defer { consumerNeeds = 0 }
        while !closed && items.count - head < needed {
            consumerNeeds = needed
            if !condition.wait(until: deadline) { return }
        }
    }

    /// The next item if one is waiting, without waiting; nil otherwise.
    func tryPop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if producersWaiting > 0 { condition.broadcast() }
        return item
    }

    /// No more pushes: the consumer drains what is left, then gets nil.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Closes and throws away what is left (the consumer failed).
    func abandon() {
        condition.lock()
        closed = true
        items.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}
