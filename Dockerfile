# Build stage: compile the release binary.
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY migrations ./migrations
COPY locales ./locales
RUN cargo build --release --locked

# Run stage: the binary, libpq and curl (for the health check), as an unprivileged user.
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 fellesskap
COPY --from=build /src/target/release/fellesskap /usr/local/bin/fellesskap
USER fellesskap
ENV FELLESSKAP_BIND=0.0.0.0:8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["fellesskap"]
CMD ["serve"]
