package asean.review.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import asean.review.contract.ContributionSubmitted;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Publishes accepted submissions to {@code contributions.submitted}, keyed {@code year:ministry:area}. */
@ApplicationScoped
public class ContributionPublisher {

    @Inject
    @Channel("contributions-submitted")
    MutinyEmitter<ContributionSubmitted> emitter;

    /** Completes when Kafka has acknowledged the record (acks=all), fails when it has not. */
    public Uni<Void> publish(ContributionSubmitted event) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.contribution().key())
                .build();
        return emitter.sendMessage(Message.of(event).addMetadata(metadata));
    }
}
