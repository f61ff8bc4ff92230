using System.CommandLine;
using System.Globalization;
using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>
/// The options shared by <c>catalog ingest</c>, <c>catalog summary</c> and <c>features</c>: the file (or, for the last
/// two, <c>ga_quake</c> in <c>--influx</c>), how to read it, which events to keep.
/// </summary>
internal static class CatalogInputOptions
{
    public static readonly Argument<string> File = new("file") { Description = "The catalog: ComCat CSV, QuakeML 1.2 or ZMAP (detected from the content), or any delimited text with --mapping." };

    public static readonly Argument<string?> OptionalFile = new("file")
    {
        Description = File.Description + " Without it, the catalog is read from ga_quake in --influx.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static readonly Option<string?> QuakeSource = new("--quake-source") { Description = "With --influx and no catalog file: read the ga_quake events of this 'source' tag (needed when the database holds several catalogs)." };

    public static readonly Option<CatalogFormat?> Format = new("--format") { Description = "Read the file as this format instead of detecting it: comcat, quakeml, zmap, mapped." };

    public static readonly Option<string?> Mapping = new("--mapping") { Description = "Column mapping for delimited catalogs: a JSON file or inline JSON (see samples/catalogs/README.md). Implies --format mapped." };

    public static readonly Option<string?> MagnitudeTypes = new("--magnitude-types") { Description = "QuakeML: magnitude types in order of preference, e.g. Mw,Mww,MS (any case); an event with none of them keeps its preferred magnitude." };

    public static readonly Option<bool> SkipBadRows = new("--skip-bad-rows") { Description = "Skip malformed rows (QuakeML: events) and count them, instead of stopping at the first." };

    public static readonly Option<string?> From = new("--from") { Description = "Keep events at or after this ISO 8601 time (UTC unless it has an offset)." };

    public static readonly Option<string?> To = new("--to") { Description = "Keep events before this ISO 8601 time." };

    public static readonly Option<double?> MinMagnitude = new("--min-magnitude") { Description = "Keep events of at least this magnitude." };

    public static readonly Option<double?> MaxMagnitude = new("--max-magnitude") { Description = "Keep events of at most this magnitude." };

    public static readonly Option<double?> MinDepth = new("--min-depth") { Description = "Keep events at least this deep, km (events of unknown depth are dropped)." };

    public static readonly Option<double?> MaxDepth = new("--max-depth") { Description = "Keep events at most this deep, km (events of unknown depth are dropped)." };

    public static readonly Option<string?> Box = new("--bbox") { Description = "Keep events in west,south,east,north (degrees; west > east crosses the antimeridian)." };

    public static readonly Option<string?> Polygon = new("--polygon") { Description = "Keep events inside the Polygon/MultiPolygon of this GeoJSON file (boundary included)." };

    private static IEnumerable<Symbol> Filters => [Format, Mapping, MagnitudeTypes, SkipBadRows, From, To, MinMagnitude, MaxMagnitude, MinDepth, MaxDepth, Box, Polygon];

    /// <summary>Adds the argument and options to <paramref name="command"/> and returns it.</summary>
    /// <param name="command">The command.</param>
    /// <param name="fromInflux">True when the catalog may come from <c>ga_quake</c> instead: the file is optional and <c>--quake-source</c> is added.</param>
    public static Command AddTo(Command command, bool fromInflux = false)
    {
        Symbol[] head = fromInflux ? [OptionalFile, QuakeSource] : [File];
        foreach (var symbol in head.Concat(Filters))
        {
            switch (symbol)
            {
                case Argument a:
                    command.Arguments.Add(a);
                    break;
                case Option o:
                    command.Options.Add(o);
                    break;
            }
        }

        return command;
    }

    public static Settings Bind(ParseResult result) => new(
        result.GetValue(File) ?? result.GetValue(OptionalFile),
        result.GetValue(QuakeSource),
        result.GetValue(Format),
        result.GetValue(Mapping),
        result.GetValue(SkipBadRows),
        result.GetValue(From),
        result.GetValue(To),
        result.GetValue(MinMagnitude),
        result.GetValue(MaxMagnitude),
        result.GetValue(MinDepth),
        result.GetValue(MaxDepth),
        result.GetValue(Box),
        result.GetValue(Polygon),
        result.GetValue(MagnitudeTypes));

    /// <summary>The bound input options.</summary>
    internal sealed record Settings(
        string? File,
        string? QuakeSource,
        CatalogFormat? Format,
        string? Mapping,
        bool SkipBadRows,
        string? From,
        string? To,
        double? MinMagnitude,
        double? MaxMagnitude,
        double? MinDepth,
        double? MaxDepth,
        string? Box,
        string? Polygon,
        string? MagnitudeTypes = null)
    {
        /// <summary>The magnitude types of <c>--magnitude-types</c>, in order, or null.</summary>
        public IReadOnlyList<string>? MagnitudeTypeList =>
            MagnitudeTypes?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        /// <summary>Every problem that needs no file to be read, each naming its option.</summary>
        /// <param name="influxUrl">The <c>--influx</c> URL when the command may read the catalog from <c>ga_quake</c>, else null.</param>
        public IEnumerable<string> Validate(string? influxUrl = null)
        {
            if (File is null && influxUrl is null)
            {
                yield return "file: missing; give the catalog file, or --influx URL to read the catalog from ga_quake";
                yield break;
            }

            if (File is null)
            {
                foreach (var (option, given) in new[] { ("--format", Format is not null), ("--mapping", Mapping is not null), ("--magnitude-types", MagnitudeTypes is not null), ("--skip-bad-rows", SkipBadRows) })
                {
                    if (given)
                    {
                        yield return $"{option}: only for a catalog file, not for ga_quake in --influx";
                    }
                }
            }
            else if (!System.IO.File.Exists(File))
            {
                yield return $"file: {File} does not exist";
            }

            if (MagnitudeTypes is not null && MagnitudeTypeList!.Count == 0)
            {
                yield return $"--magnitude-types: '{MagnitudeTypes}' lists no magnitude type (give e.g. Mw,Mww,MS)";
            }

            if (QuakeSource is not null && (File is not null || influxUrl is null))
            {
                yield return "--quake-source: only used when the catalog is read from InfluxDB (--influx and no catalog file)";
            }

            if (Format == CatalogFormat.Mapped && Mapping is null)
            {
                yield return "--format: mapped needs a --mapping";
            }
            else if (Format is { } f && f != CatalogFormat.Mapped && Mapping is not null)
            {
                yield return $"--mapping: only used with --format mapped, not {f}";
            }

            foreach (var (option, text) in new[] { ("--from", From), ("--to", To) })
            {
                if (text is not null && CliTimes.TryParse(text) is null)
                {
                    yield return $"{option}: '{text}' is not an ISO 8601 time (e.g. 2019-07-01 or 2019-07-01T00:00:00Z)";
                }
            }

            if (Box is not null && !BoundingBox.TryParse(Box, out _, out string? boxError))
            {
                yield return $"--bbox: {boxError}";
            }

            if (Polygon is not null && !System.IO.File.Exists(Polygon))
            {
                yield return $"--polygon: file {Polygon} does not exist";
            }

            foreach (var e in FilterWithoutPolygon().Validate())
            {
                yield return $"--{Kebab(e.Option)}: {e.Message}";
            }
        }

        /// <summary>Reads the catalog file and applies the filters.</summary>
        /// <exception cref="UsageException">The mapping or polygon file is malformed; names the option.</exception>
        /// <exception cref="DataException">The catalog is malformed; names file, line and column.</exception>
        public Loaded Load(CancellationToken cancellationToken)
        {
            var filter = Filter();
            var mapping = Mapping is null ? null : LoadMapping(Mapping);
            var read = CatalogReader.Read(File ?? throw new InvalidOperationException("no catalog file"), Format, mapping, SkipBadRows, MagnitudeTypeList, cancellationToken);
            return new Loaded($"{File} ({read.Format})", read.Format, read.Catalog, filter.Apply(read.Catalog), read.SkippedCount, read.Skipped);
        }

        /// <summary>Reads the catalog file, or without one the events of <c>ga_quake</c> in <paramref name="influx"/>, and applies the filters.</summary>
        /// <param name="influx">The InfluxDB options (used only without a file).</param>
        /// <param name="cancellationToken">Cancellation.</param>
        /// <exception cref="UsageException">The mapping or polygon file is malformed; names the option.</exception>
        /// <exception cref="DataException">The catalog is malformed, or <c>ga_quake</c> holds no events of the source.</exception>
        /// <exception cref="InfluxException">The server is unreachable or refuses the query.</exception>
        public async Task<Loaded> LoadAsync(InfluxOptions.Settings influx, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(influx);
            if (File is not null)
            {
                return Load(cancellationToken);
            }

            var filter = Filter();
            using var client = new InfluxClient(influx.Connection);
            var catalog = await QuakeReader.ReadAsync(client, influx.Ga, QuakeSource, filter.From, filter.To, cancellationToken).ConfigureAwait(false);
            return new Loaded(catalog.Source, null, catalog, filter.Apply(catalog), 0, []);
        }

        private CatalogFilter Filter()
        {
            var filter = FilterWithoutPolygon();
            if (Polygon is not null)
            {
                try
                {
                    filter = filter with { Polygon = GeoJsonPolygon.Read(Polygon) };
                }
                catch (DataException e)
                {
                    throw new UsageException($"--polygon: {e.Message}");
                }
            }

            return filter;
        }

        private CatalogFilter FilterWithoutPolygon() => new()
        {
            From = From is null ? null : CliTimes.TryParse(From),
            To = To is null ? null : CliTimes.TryParse(To),
            MinMagnitude = MinMagnitude,
            MaxMagnitude = MaxMagnitude,
            MinDepthKm = MinDepth,
            MaxDepthKm = MaxDepth,
            Box = Box is not null && BoundingBox.TryParse(Box, out var box, out _) ? box : null,
        };

        private static CatalogMapping LoadMapping(string value)
        {
            string trimmed = value.TrimStart();
            bool inline = trimmed.StartsWith('{');
            if (!inline && !System.IO.File.Exists(value))
            {
                throw new UsageException($"--mapping: file {value} does not exist");
            }

            CatalogMapping mapping;
            try
            {
                mapping = inline ? CatalogMapping.FromJson(trimmed, "--mapping") : CatalogMapping.FromJson(System.IO.File.ReadAllText(value), value);
            }
            catch (DataException e)
            {
                throw new UsageException($"--mapping: {e.Message}");
            }

            var problems = mapping.Validate();
            return problems.Count == 0 ? mapping : throw new UsageException($"--mapping: {string.Join("; ", problems)}");
        }

        private static string Kebab(string option) => string.Concat(option.Select(c => char.IsUpper(c) ? "-" + char.ToLower(c, CultureInfo.InvariantCulture) : c.ToString()));
    }

    /// <summary>A catalog as read, and what the filters kept.</summary>
    /// <param name="Origin">Where it was read: the file and its format, or server, database, measurement and source.</param>
    /// <param name="Format">The file's format; null for <c>ga_quake</c>.</param>
    /// <param name="All">Every event read.</param>
    /// <param name="Kept">The events the filters kept.</param>
    /// <param name="SkippedCount">Malformed rows skipped.</param>
    /// <param name="Skipped">The first skipped rows, each as "file:line: reason".</param>
    internal sealed record Loaded(string Origin, CatalogFormat? Format, EarthquakeCatalog All, EarthquakeCatalog Kept, int SkippedCount, IReadOnlyList<string> Skipped);
}
