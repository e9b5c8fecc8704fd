#!/bin/sh
# Creates the system's two topics with the settings the local stack gives them (LocalStack.SUBMITTED_TOPIC and
# DEAD_LETTER_TOPIC): submissions kept 30 days (a backup up to 30 days old can be brought up to date by a replay),
# dead letters kept until deleted (the office replays them, however long that takes); 3 partitions each.
# Usage: create-topics.sh [bootstrap servers] (default 127.0.0.1:9092); REPLICATION_FACTOR=3 with three brokers.
set -eu
bootstrap=${1:-127.0.0.1:9092}
replicas=${REPLICATION_FACTOR:-1}
kafka=${KAFKA_HOME:-/opt/kafka}

"$kafka/bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --create --if-not-exists \
  --topic contributions.submitted --partitions 3 --replication-factor "$replicas" \
  --config cleanup.policy=delete --config retention.ms=2592000000
"$kafka/bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --create --if-not-exists \
  --topic contributions.submitted.dlq --partitions 3 --replication-factor "$replicas" \
  --config cleanup.policy=delete --config retention.ms=-1 --config retention.bytes=-1
"$kafka/bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --describe --topic 'contributions\.submitted.*'
