using GeoAnomaly.Host.Catalogs.Anomalies;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Catalogs.Anomalies;

public sealed class AnomalyShuffleTests
{
    private static readonly DateTimeOffset s_start = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Three stations with 5, 3 and 1 events of different durations over a year.</summary>
    private static List<LocatedAnomaly> Events()
    {
        var events = new List<LocatedAnomaly>();
        foreach (var (station, count) in new[] { ("AAA", 5), ("BBB", 3), ("CCC", 1) })
        {
            for (int i = 0; i < count; i++)
            {
                var start = s_start + TimeSpan.FromDays((i * 70) + count);
                var channel = new ChannelId("XX", station, "strain");
                events.Add(new LocatedAnomaly(new AnomalyEvent(channel, "d", start, start + TimeSpan.FromHours(i + 1), 0.9, 0.9, AnomalyKind.Spike), ChannelKind.Deformation, new StationLocation(30, 100, 0)));
            }
        }

        return events;
    }

    [Fact]
    public void Each_station_keeps_its_count_and_durations_and_its_events_move()
    {
        // Given
        var events = Events();

        // When
        var shifted = AnomalyShuffle.Shift(events, 7);

        // Then
        Assert.Equal(events.Count, shifted.Count);
        foreach (var station in events.GroupBy(e => e.Event.Channel.Station))
        {
            var moved = shifted.Where(e => e.Event.Channel.Station == station.Key).ToList();
            Assert.Equal(station.Select(e => e.Event.Duration).Order(), moved.Select(e => e.Event.Duration).Order());
            Assert.NotEqual(station.Select(e => e.Event.Start).Order(), moved.Select(e => e.Event.Start).Order());
        }

        var (from, to) = (events.Min(e => e.Event.Start), events.Max(e => e.Event.End));
        Assert.All(shifted, e => Assert.InRange(e.Event.Start, from, to));
    }

    [Fact]
    public void The_gaps_between_a_stations_events_are_kept_up_to_the_wrap()
    {
        // Given
        var events = Events();
        long span = (events.Max(e => e.Event.End) - events.Min(e => e.Event.Start)).Ticks;

        // When
        var shifted = AnomalyShuffle.Shift(events, 3);

        // Then: every event of a station moved by the same offset, modulo the span
        foreach (var station in events.GroupBy(e => e.Event.Channel.Station))
        {
            long[] offsets = [.. station.Select(e => shifted.Single(s => s.Event.Channel.Station == station.Key && s.Event.Duration == e.Event.Duration))
                .Zip(station, (s, e) => ((((s.Event.Start - e.Event.Start).Ticks % span) + span) % span))];
            Assert.All(offsets, o => Assert.Equal(offsets[0], o));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_shift_and_another_seed_another()
    {
        // Given
        var events = Events();

        // When
        var a = AnomalyShuffle.Shift(events, 11);
        var b = AnomalyShuffle.Shift(events, 11);
        var c = AnomalyShuffle.Shift(events, 12);

        // Then
        Assert.Equal(a.Select(e => e.Event.Start), b.Select(e => e.Event.Start));
        Assert.NotEqual(a.Select(e => e.Event.Start), c.Select(e => e.Event.Start));
    }
}
