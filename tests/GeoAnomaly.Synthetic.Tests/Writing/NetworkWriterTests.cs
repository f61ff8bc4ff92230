using System.Globalization;
using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Tests.Support;
using GeoAnomaly.Synthetic.Writing;

namespace GeoAnomaly.Synthetic.Tests.Writing;

public sealed class NetworkWriterTests
{
    [Fact]
    public void Stations_csv_lists_every_channel_with_its_location_kind_units_and_an_existing_file()
    {
        // Given
        var network = SyntheticNetworkGenerator.Generate(Specs.Small());
        using var dir = new TempDirectory();

        // When
        NetworkWriter.Write(network, dir.Path, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        string[] lines = File.ReadAllLines(dir["stations.csv"]);
        Assert.Equal(NetworkWriter.StationsHeader, lines[0]);
        Assert.Equal(network.Channels.Count, lines.Length - 1);
        foreach (var (line, channel) in lines.Skip(1).Zip(network.Channels))
        {
            string[] f = line.Split(',');
            var station = network.Stations.Single(s => s.Code == f[1]);
            Assert.Equal([channel.Info.Id.Network, channel.Info.Id.Station, channel.Info.Id.Channel], new[] { f[0], f[1], f[5] });
            Assert.Equal(station.Location.Latitude, double.Parse(f[2], CultureInfo.InvariantCulture));
            Assert.Equal(station.Location.Longitude, double.Parse(f[3], CultureInfo.InvariantCulture));
            Assert.Equal(station.Location.ElevationMetres, double.Parse(f[4], CultureInfo.InvariantCulture));
            Assert.Equal(channel.Info.Kind.ToString().ToLowerInvariant(), f[6]);
            Assert.Equal(channel.Info.Units, f[7]);
            Assert.True(File.Exists(dir[f[8]]), $"missing {f[8]}");
            Assert.EndsWith(channel.Info.Kind == ChannelKind.Electromagnetic ? ".min" : ".csv", f[8], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Station_csv_has_one_row_per_sample_and_an_empty_field_for_each_missing_sample()
    {
        // Given
        var network = SyntheticNetworkGenerator.Generate(Specs.Small() with { GapFraction = 0.04 });
        using var dir = new TempDirectory();

        // When
        NetworkWriter.Write(network, dir.Path, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        foreach (var station in network.Stations)
        {
            var channels = network.Channels.Where(c => c.Info.Id.Station == station.Code && c.Info.Kind != ChannelKind.Electromagnetic).ToArray();
            string[] lines = File.ReadAllLines(dir[$"csv/{station.Code}.csv"]);
            Assert.Equal("time," + string.Join(',', channels.Select(c => c.Info.Id.Channel)), lines[0]);
            Assert.Equal(network.Spec.SampleCount, lines.Length - 1);
            for (int i = 1; i < lines.Length; i++)
            {
                string[] f = lines[i].Split(',');
                Assert.Equal(channels.Length + 1, f.Length);
                var time = DateTimeOffset.Parse(f[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                Assert.Equal(channels[0].Series.TimeAt(i - 1), time);
                Assert.EndsWith("Z", f[0], StringComparison.Ordinal);
                for (int c = 0; c < channels.Length; c++)
                {
                    double expected = channels[c].Series[i - 1];
                    double resolution = Math.Pow(10, -ChannelTypeInfo.Of(channels[c].Type).Decimals);
                    if (double.IsNaN(expected))
                    {
                        Assert.Equal(string.Empty, f[c + 1]);
                    }
                    else
                    {
                        Assert.Equal(expected, double.Parse(f[c + 1], CultureInfo.InvariantCulture), (resolution / 2) + 1e-9);
                    }
                }
            }

            int empty = lines.Skip(1).Sum(l => l.Split(',').Skip(1).Count(string.IsNullOrEmpty));
            Assert.Equal(channels.Sum(c => c.Series.MissingCount()), empty);
        }
    }

    [Fact]
    public void Labels_csv_round_trips_every_label_exactly()
    {
        // Given
        var network = SyntheticNetworkGenerator.Generate(Specs.Busy());
        using var dir = new TempDirectory();

        // When
        NetworkWriter.Write(network, dir.Path, cancellationToken: TestContext.Current.CancellationToken);
        var read = LabelsCsv.Read(dir["labels.csv"]);

        // Then
        Assert.NotEmpty(read);
        Assert.Equal(network.Labels, read);
    }

    [Fact]
    public void Writing_from_the_generator_station_by_station_gives_the_same_files()
    {
        // Given
        var spec = Specs.Small() with { GapFraction = 0.02 };
        using var fromNetwork = new TempDirectory();
        using var fromGenerator = new TempDirectory();

        // When
        var a = NetworkWriter.Write(SyntheticNetworkGenerator.Generate(spec), fromNetwork.Path, cancellationToken: TestContext.Current.CancellationToken);
        var b = NetworkWriter.Write(new SyntheticNetworkGenerator(spec), fromGenerator.Path, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(a, b);
        Assert.All(a, f => Assert.Equal(File.ReadAllBytes(fromNetwork[f]), File.ReadAllBytes(fromGenerator[f])));
        Assert.Empty(Directory.EnumerateFiles(fromNetwork.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Daily_IAGA_files_cover_one_UTC_day_each()
    {
        // Given: a span starting at noon, so the first and last files hold half days
        var spec = Specs.Small() with { Start = new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero), ChannelTypes = [SyntheticChannelType.MagneticH] };
        var network = SyntheticNetworkGenerator.Generate(spec);
        using var dir = new TempDirectory();

        // When
        var files = NetworkWriter.Write(network, dir.Path, IagaFileSpan.Day, TestContext.Current.CancellationToken);

        // Then
        var station = network.Stations[0];
        var days = files.Where(f => f.StartsWith($"iaga/{station.Code.ToLowerInvariant()}", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["iaga/saa20240301vmin.min", "iaga/saa20240302vmin.min", "iaga/saa20240303vmin.min", "iaga/saa20240304vmin.min"], days);
        int[] rows = [.. days.Select(f => File.ReadAllLines(dir[f]).SkipWhile(l => !l.StartsWith("DATE ", StringComparison.Ordinal)).Count() - 1)];
        Assert.Equal([720, 1440, 1440, 720], rows);
        Assert.Contains("iaga/saa*vmin.min", File.ReadAllText(dir["stations.csv"]), StringComparison.Ordinal);
    }
}
