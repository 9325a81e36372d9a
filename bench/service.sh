# Sourced by the benchmarks (run from the repository root, with PORT and DATA set): builds the
# release binary, starts it with the demo data on PORT under DATA, with the environment given
# as arguments (NAME=value …), waits until it is ready, and stops it and removes DATA on exit.
start_service() {
    cargo build --quiet --release --locked --bin fellesskap
    mkdir -p "$DATA"
    env FELLESSKAP_DATA_DIR="$DATA" FELLESSKAP_BIND="127.0.0.1:$PORT" RUST_LOG=warn "$@" \
        target/release/fellesskap serve --demo > "$DATA/service.log" 2>&1 &
    SERVICE=$!
    trap stop_service EXIT
    for _ in $(seq 1 240); do
        curl -fsS "http://127.0.0.1:$PORT/health/ready" > /dev/null 2>&1 && return 0
        kill -0 "$SERVICE" 2>/dev/null || { cat "$DATA/service.log"; exit 1; }
        sleep 0.5
    done
    echo "the service did not become ready" >&2
    exit 1
}

stop_service() {
    kill -TERM "$SERVICE" 2>/dev/null && wait "$SERVICE" || true
    rm -rf "$DATA"
}
