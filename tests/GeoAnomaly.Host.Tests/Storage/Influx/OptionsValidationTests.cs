using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Host.Tests.Storage.Influx;

/// <summary>Validation of the Influx options records: every problem is listed, each naming its option.</summary>
public sealed class OptionsValidationTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Empty(new InfluxConnection { Url = "http://127.0.0.1:8086", Database = "geo" }.Validate());
        Assert.Empty(new BatchingOptions().Validate());
        Assert.Empty(new RawSchema().Validate());
        Assert.Empty(new GaSchema().Validate());
    }

    [Fact]
    public void A_connection_lists_every_problem_by_option()
    {
        // Given
        var connection = new InfluxConnection
        {
            Url = "ftp://host",
            Database = " ",
            RetentionPolicy = "",
            Username = "u",
            Token = "t",
            Timeout = TimeSpan.Zero,
        };

        // When
        var errors = connection.Validate();

        // Then
        Assert.Equal(["url:", "database:", "retention-policy:", "password:", "token:", "timeout:"], errors.Select(e => e.Split(' ')[0]));
    }

    [Theory]
    [InlineData("", "url: required")]
    [InlineData("http://user:pw@host:8086", "url: must not hold credentials")]
    [InlineData("not a url", "url: must be an absolute http or https URL")]
    public void A_bad_url_is_named(string url, string expected)
    {
        var errors = new InfluxConnection { Url = url, Database = "d" }.Validate();

        Assert.StartsWith(expected, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_connection_is_refused_by_the_client_with_all_problems()
    {
        var e = Assert.Throws<ArgumentException>(() => new InfluxClient(new InfluxConnection()));

        Assert.Contains("url: required", e.Message, StringComparison.Ordinal);
        Assert.Contains("database: required", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_connection_never_shows_secrets()
    {
        var connection = new InfluxConnection { Url = "http://h:8086/", Database = "d", Username = "u", Password = "secret", Token = null };

        Assert.DoesNotContain("secret", connection.ToString(), StringComparison.Ordinal);
        Assert.Equal("http://h:8086", connection.DisplayUrl);
    }

    [Fact]
    public void Batching_options_list_every_problem_by_option()
    {
        // Given
        var options = new BatchingOptions
        {
            BatchSize = 0,
            RetryTimeLimit = TimeSpan.FromSeconds(-1),
            MaxRetries = -1,
            InitialBackoff = TimeSpan.FromSeconds(2),
            MaxBackoff = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        };

        // When
        var errors = options.Validate();

        // Then
        Assert.Equal(["batch-size:", "retry-time-limit:", "max-retries:", "max-backoff:", "queue-limit:"], errors.Select(e => e.Split(' ')[0]));
        Assert.Contains("got 0", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_schema_names_each_bad_name()
    {
        // Given
        var schema = new RawSchema { Measurement = "#raw", StationTag = "time", ChannelTag = "network", Field = "v\n", KindTag = "k\\" };

        // When
        var errors = schema.Validate();

        // Then
        Assert.Contains(errors, e => e.StartsWith("measurement:", StringComparison.Ordinal) && e.Contains("comment", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("station-tag:", StringComparison.Ordinal) && e.Contains("reserved", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("field:", StringComparison.Ordinal) && e.Contains("newline", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("kind-tag:", StringComparison.Ordinal) && e.Contains("backslash", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("tags:", StringComparison.Ordinal) && e.Contains("'network'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_prefix_is_named()
    {
        Assert.StartsWith("prefix:", Assert.Single(new GaSchema { Prefix = "#" }.Validate()), StringComparison.Ordinal);
    }
}
