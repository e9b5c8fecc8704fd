package asean.review.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Puts a dead letter's record back on {@code contributions.submitted}, as it was: same key, same value. */
@ApplicationScoped
public class ReplayPublisher {

    private final MutinyEmitter<String> emitter;

    public ReplayPublisher(@Channel("contributions-replayed") MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Completes when Kafka has acknowledged the record (acks=all), fails when it has not. */
    public Uni<Void> publish(DeadLetter letter) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(letter.key())
                .build();
        return emitter.sendMessage(Message.of(letter.payload()).addMetadata(metadata));
    }
}
