using CsCheck;
using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Catalogs.Indicators;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs.Indicators;

public sealed partial class SeismicityIndicatorsTests
{
    private static readonly IndicatorOptions[] s_optionSets =
    [
        new(),
        new() { EventCount = 8, BValueEventCount = 6, BValueStep = 2, CharacteristicMinimum = 3.0, CharacteristicMaximum = 3.6 },
        new() { TimeWindow = TimeSpan.FromDays(3), MinimumMagnitude = 2.5, CompletenessMagnitude = 2.5, MagnitudeBinWidth = 0 },
    ];

    /// <summary>An event some minutes (0 .. 30 days) after day 0, magnitude 2.0 .. 6.0 on a 0.1 grid.</summary>
    private static readonly Gen<Earthquake> s_event = Gen.Select(Gen.Int[0, 30 * 1440], Gen.Int[20, 60],
        (minute, tenths) => Quakes.At(minute / 1440.0, tenths / 10.0));

    [Fact]
    public void Appending_events_at_or_after_t_never_changes_a_row_issued_at_t()
    {
        // Given a random catalog, an issue time t inside it, and random later events (some exactly at t)
        var gen = Gen.Select(s_event.Array[0, 120], Gen.Int[0, 30 * 1440], Gen.Int[0, 10 * 1440].Array[0, 40],
            Gen.Int[0, s_optionSets.Length - 1]);

        gen.Sample((catalog, tMinute, laterMinutes, optionIndex) =>
        {
            DateTimeOffset t = Quakes.Day(tMinute / 1440.0);
            var before = new EarthquakeCatalog("generated", catalog.Where(e => e.Time < t));
            IEnumerable<Earthquake> later = laterMinutes.Select((m, i) => Quakes.At((tMinute + m) / 1440.0, 2.0 + (i % 40 / 10.0)));
            var extended = new EarthquakeCatalog("generated + later", catalog.Concat(later));
            IndicatorOptions options = s_optionSets[optionIndex];

            // When
            IndicatorValues expected = SeismicityIndicators.Compute(before.Events, t, options);
            IndicatorValues actual = SeismicityIndicators.Compute(extended.Events, t, options);

            // Then every value (NaN included) and every reason is the same
            Assert.Equal(expected.ToArray(), actual.ToArray());
            Assert.Equal(expected.Reasons(), actual.Reasons());
        }, iter: 300);
    }
}
