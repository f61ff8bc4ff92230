using System.CommandLine;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>The InfluxDB options shared by every command that talks to a server (v1 HTTP API).</summary>
internal static class InfluxOptions
{
    public const string DefaultDatabase = "geoanomaly";

    public static readonly Option<string?> Url = new("--influx")
    {
        Description = "InfluxDB base URL (v1 HTTP API: InfluxDB 1.x, or 2.x/3.x v1 compatibility), e.g. http://127.0.0.1:8086.",
    };

    public static readonly Option<string> Database = new("--database")
    {
        Description = "Database (1.x) or DBRP-mapped bucket (2.x/3.x).",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static readonly Option<string?> Username = new("--username") { Description = "v1 user name." };

    public static readonly Option<string?> Password = new("--password")
    {
        Description = "v1 password (or set GEOANOMALY_INFLUX_PASSWORD).",
    };

    public static readonly Option<string?> Token = new("--token")
    {
        Description = "API token sent as 'Authorization: Token ...' (2.x/3.x; or set GEOANOMALY_INFLUX_TOKEN).",
    };

    public static readonly Option<string?> RetentionPolicy = new("--retention-policy") { Description = "Retention policy to write to." };

    public static readonly Option<int> BatchSize = new("--batch-size")
    {
        Description = "Points per /write request.",
        DefaultValueFactory = _ => BatchingOptions.Defaults.BatchSize,
    };

    public static readonly Option<string> Measurement = new("--measurement")
    {
        Description = "Measurement of raw station samples (tags network, station, channel, kind, units; field value).",
        DefaultValueFactory = _ => RawSchema.Defaults.Measurement,
    };

    public static readonly Option<string> Prefix = new("--prefix")
    {
        Description = "Prefix of the measurements GeoAnomaly writes and reads back (ga_anomaly, ga_score, ga_clean, ga_quake, ga_forecast, ga_review, ga_checkpoint); the dashboards and alert rules in dashboards/ use ga_.",
        DefaultValueFactory = _ => GaSchema.Defaults.Prefix,
    };

    public static IEnumerable<Option> All => [Url, Database, Username, Password, Token, RetentionPolicy, BatchSize, Measurement, Prefix];

    /// <summary>Adds every InfluxDB option to <paramref name="command"/> and returns it.</summary>
    public static Command AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }

        return command;
    }

    public static Settings Bind(ParseResult result) => new(
        result.GetValue(Url),
        result.GetValue(Database) ?? DefaultDatabase,
        result.GetValue(Username),
        result.GetValue(Password) ?? Environment.GetEnvironmentVariable("GEOANOMALY_INFLUX_PASSWORD"),
        result.GetValue(Token) ?? Environment.GetEnvironmentVariable("GEOANOMALY_INFLUX_TOKEN"),
        result.GetValue(RetentionPolicy),
        result.GetValue(BatchSize),
        result.GetValue(Measurement) ?? RawSchema.Defaults.Measurement)
    {
        Prefix = result.GetValue(Prefix) ?? GaSchema.Defaults.Prefix,
    };

    /// <summary>Bound InfluxDB options; <see cref="Url"/> null means "not using InfluxDB".</summary>
    internal sealed record Settings(
        string? Url,
        string Database,
        string? Username,
        string? Password,
        string? Token,
        string? RetentionPolicy,
        int BatchSize,
        string Measurement)
    {
        public InfluxConnection Connection => new()
        {
            Url = Url ?? "",
            Database = Database,
            Username = Username,
            Password = Password,
            Token = Token,
            RetentionPolicy = RetentionPolicy,
        };

        public BatchingOptions Batching => new() { BatchSize = BatchSize };

        public RawSchema Schema => new() { Measurement = Measurement };

        /// <summary>Prefix of the measurements GeoAnomaly writes (<c>--prefix</c>).</summary>
        public string Prefix { get; init; } = GaSchema.Defaults.Prefix;

        /// <summary>The measurements GeoAnomaly writes, with <see cref="Prefix"/>.</summary>
        public GaSchema Ga => new() { Prefix = Prefix };

        /// <summary>Every problem, each naming its command-line option.</summary>
        public IEnumerable<string> Validate()
        {
            if (Url is null)
            {
                return [];
            }

            return Connection.Validate().Select(e => Rename(e, "url", "influx"))
                .Concat(Batching.Validate())
                .Concat(Schema.Validate())
                .Concat(Ga.Validate())
                .Select(e => "--" + e);
        }

        private static string Rename(string error, string from, string to) =>
            error.StartsWith(from + ":", StringComparison.Ordinal) ? to + error[from.Length..] : error;
    }
}
