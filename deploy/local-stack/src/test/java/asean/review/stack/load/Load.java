package asean.review.stack.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/** Runs requests against the stack: closed loop (N clients, each sending its next as its last is answered) or paced. */
public final class Load {

    private Load() {
    }

    /** {@code clients} threads calling {@code call} back to back for {@code duration}; what each call gave. */
    public static Result closed(int clients, Duration duration, IntFunction<Call> call) throws Exception {
        Queue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        long until = started + duration.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            running.add(threads.submit(() -> {
                while (System.nanoTime() < until) {
                    calls.add(call.apply(next.getAndIncrement()));
                }
            }));
        }
        for (Future<?> thread : running) {
            thread.get();
        }
        threads.shutdown();
        return new Result(List.copyOf(calls), (System.nanoTime() - started) / 1e9);
    }

    /**
     * {@code rate} calls a second for {@code duration}, each sent at its time whatever the answers before it (an open
     * loop: a slow server does not slow the arrivals down), but never more than {@code inFlight} unanswered: a call
     * due beyond that is not sent (and counted), so that a server slower than the rate is not left a backlog that
     * would weigh on what is measured after; waits for every answer.
     */
    public static Result paced(int rate, Duration duration, int inFlight, IntFunction<CompletableFuture<Call>> call) {
        Semaphore unanswered = new Semaphore(inFlight);
        int count = (int) (rate * duration.toMillis() / 1000);
        long every = 1_000_000_000L / rate;
        List<CompletableFuture<Call>> answers = new ArrayList<>(count);
        long started = System.nanoTime();
        for (int n = 0; n < count; n++) {
            long wait = started + n * every - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (unanswered.tryAcquire()) {
                answers.add(call.apply(n).whenComplete((answer, failure) -> unanswered.release()));
            } else {
                answers.add(CompletableFuture.completedFuture(Call.notSent(System.currentTimeMillis())));
            }
        }
        double sending = (System.nanoTime() - started) / 1e9;
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).orTimeout(2, TimeUnit.MINUTES).join();
        return new Result(answers.stream().map(CompletableFuture::join).toList(), sending);
    }

    /** What a load gave: every call, and how long it ran (for a paced load, how long the sending took). */
    public record Result(List<Call> calls, double seconds) {

        public List<Call> ok() {
            return calls.stream().filter(Call::ok).toList();
        }

        public double okPerSecond() {
            return ok().size() / seconds;
        }

        /** The calls sent that did not get the answer hoped for. */
        public long failed() {
            return calls.size() - ok().size() - notSent();
        }

        /** The calls of a paced load that were due while too many were unanswered. */
        public long notSent() {
            return calls.stream().filter(Call::wasNotSent).count();
        }

        /** The answer time of the successful calls at {@code percent} (0-100), in ms. */
        public double answerMillis(double percent) {
            return Percentiles.of(ok().stream().mapToLong(Call::tookNanos).toArray(), percent) / 1e6;
        }
    }
}
