using GeoAnomaly.Host.Catalogs;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Earthquake builders for catalog tests: events placed by day offset from <see cref="Origin"/>.</summary>
internal static class Quakes
{
    /// <summary>Day 0 of hand-built catalogs.</summary>
    public static readonly DateTimeOffset Origin = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The instant <paramref name="days"/> after <see cref="Origin"/>.</summary>
    public static DateTimeOffset Day(double days) => Origin + TimeSpan.FromDays(days);

    /// <summary>An event at <paramref name="days"/> after <see cref="Origin"/> with magnitude <paramref name="magnitude"/>.</summary>
    public static Earthquake At(double days, double magnitude) => new(Day(days), 35.0, 139.0, 10.0, magnitude);

    /// <summary>Events from (day, magnitude) pairs, in the order given.</summary>
    public static List<Earthquake> Of(params (double Day, double Magnitude)[] events) =>
        [.. events.Select(e => At(e.Day, e.Magnitude))];

    /// <summary><paramref name="count"/> events one day apart from day 0, all of magnitude <paramref name="magnitude"/>.</summary>
    public static List<Earthquake> Daily(int count, double magnitude) =>
        [.. Enumerable.Range(0, count).Select(i => At(i, magnitude))];

    /// <summary><paramref name="count"/> events one day apart, seeded magnitudes on a 0.1 grid from 3.0 to 5.0.</summary>
    public static List<Earthquake> Seeded(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => At(i, 3.0 + (random.Next(0, 21) / 10.0)))];
    }
}
