fn main() -> anyhow::Result<()> {
    fellesskap::cli::run()
}
