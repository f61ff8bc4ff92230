using GeoAnomaly.Plugins.DailyVariation;
using GeoAnomaly.Plugins.Tests.Support.DailyVariation;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.DailyVariation;

public sealed partial class DailyVariationRemoverTests
{
    /// <summary>Samples of the huge-series check for option variants (the defaults get the suite's 10 million).</summary>
    private const int VariantHugeLength = 1_000_000;

    private static readonly (object Options, string Option)[] s_invalid =
    [
        (new DailyVariationOptions { Method = (DailyVariationMethod)7 }, "method"),
        (new DailyVariationOptions { Span = 0 }, "span"),
        (new DailyVariationOptions { Span = DailyVariationOptions.MaxSpan + 1 }, "span"),
        (new DailyVariationOptions { Harmonics = 0 }, "harmonics"),
        (new DailyVariationOptions { Harmonics = 7 }, "harmonics"),
        (new DailyVariationOptions { Level = (DailyVariationLevel)9 }, "level"),
        (new DailyVariationOptions { Method = DailyVariationMethod.QuietDay, Span = 2, QuietDays = 3 }, "quietDays"),
        (new DailyVariationOptions { QuietDays = 0 }, "quietDays"),
        (new DailyVariationOptions { Smoothing = -1 }, "smoothing"),
        (new DailyVariationOptions { Combine = (ReferenceCombination)5 }, "combine"),
        (new DailyVariationOptions { Scaling = (ReferenceScaling)5 }, "scaling"),
        (new DailyVariationOptions { MinCoverage = 0 }, "minCoverage"),
        (new DailyVariationOptions { MinCoverage = double.NaN }, "minCoverage"),
        (new DailyVariationOptions { DayStartHour = 24 }, "dayStartHour"),
    ];

    [Fact]
    public void Harmonics_with_defaults_pass_the_preprocessor_conformance_suite()
    {
        // Given / When / Then: every check of the suite (gaps, constant, short and huge series, streaming == batch...)
        PreprocessorConformance.RunAll(() => new DailyVariationRemover(), new ConformanceSettings { InvalidOptions = s_invalid });
    }

    [Theory]
    [InlineData(DailyVariationLevel.Trend, true, true)]
    [InlineData(DailyVariationLevel.Mean, false, false)]
    public void Harmonics_with_other_level_models_pass_the_conformance_suite(DailyVariationLevel level, bool blend, bool harmonicOutputs)
    {
        // Given
        var options = new DailyVariationOptions { Level = level, Blend = blend, Span = 3, Harmonics = 2, HarmonicOutputs = harmonicOutputs };

        // When / Then
        PreprocessorConformance.RunAll(() => new DailyVariationRemover(), new ConformanceSettings { Options = options, HugeLength = VariantHugeLength });
    }

    [Fact]
    public void Quiet_day_method_passes_the_conformance_suite()
    {
        // Given
        var options = new DailyVariationOptions { Method = DailyVariationMethod.QuietDay };

        // When / Then
        PreprocessorConformance.RunAll(() => new DailyVariationRemover(), new ConformanceSettings { Options = options });
    }

    [Theory]
    [InlineData(ReferenceScaling.None, ReferenceCombination.Difference)]
    [InlineData(ReferenceScaling.None, ReferenceCombination.Ratio)]
    [InlineData(ReferenceScaling.Regression, ReferenceCombination.Difference)]
    [InlineData(ReferenceScaling.Regression, ReferenceCombination.Ratio)]
    public void Reference_method_passes_the_conformance_suite_with_one_companion(ReferenceScaling scaling, ReferenceCombination combine)
    {
        // Given
        var options = new DailyVariationOptions { Method = DailyVariationMethod.Reference, Scaling = scaling, Combine = combine };
        var settings = new ConformanceSettings { Options = options, CompanionCount = 1 };

        // When / Then: the plain difference gets the full 10-million-sample check, the variants a shorter one
        bool plain = scaling == ReferenceScaling.None && combine == ReferenceCombination.Difference;
        PreprocessorConformance.RunAll(() => new DailyVariationRemover(), plain ? settings : settings with { HugeLength = VariantHugeLength });
    }

    [Fact]
    public void Harmonic_outputs_name_each_harmonic_unless_switched_off()
    {
        // Given
        var component = new DailyVariationRemover();

        // When
        var all = component.StartChecked(new DailyVariationOptions { Harmonics = 2 }, ComponentStart.ForTesting()).Outputs;
        var lean = component.StartChecked(new DailyVariationOptions { Harmonics = 2, HarmonicOutputs = false }, ComponentStart.ForTesting()).Outputs;

        // Then
        Assert.Equal(["value", "daily", "level", "S1_amplitude", "S1_phase", "S2_amplitude", "S2_phase"], all);
        Assert.Equal(["value", "daily", "level"], lean);
    }

    [Fact]
    public void Reference_method_without_a_companion_is_refused_with_a_message_naming_companions()
    {
        // Given
        var component = new DailyVariationRemover();
        var options = new DailyVariationOptions { Method = DailyVariationMethod.Reference };

        // When
        var error = Assert.Throws<OptionsException>(() => component.StartChecked(options, ComponentStart.ForTesting()));

        // Then
        Assert.Contains(error.Errors, e => e.Option == "companions");
        Assert.Contains("companion 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_longer_than_an_hour_is_refused_naming_the_channel()
    {
        // Given
        var component = new DailyVariationRemover();

        // When
        var error = Assert.Throws<ArgumentException>(() => component.StartChecked(null, ComponentStart.ForTesting(TimeSpan.FromHours(2))));

        // Then
        Assert.Contains("XX.TEST.CH", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-105.236, 7.0166666666666666)]
    [InlineData(105.0, 17.0)]
    [InlineData(0.0, 0.0)]
    public void Days_start_at_local_mean_midnight_when_the_station_longitude_is_known(double longitude, double expectedHour)
    {
        // Given
        var channel = new ChannelInfo(new ChannelId("XX", "STA", "H"), ChannelKind.Electromagnetic, "nT", new StationLocation(40, longitude, 0));

        // When
        double hour = DailyVariationRemover.DayStartHour(new DailyVariationOptions(), channel);

        // Then: -longitude / 15 hours after UTC midnight, in whole minutes, 0..24
        Assert.Equal(expectedHour, hour, 9);
        Assert.Equal(5.5, DailyVariationRemover.DayStartHour(new DailyVariationOptions { DayStartHour = 5.5 }, channel));
    }

    [Fact]
    public void Gaps_give_NaN_values_but_keep_the_fitted_curve()
    {
        // Given: ten days of a pure daily cycle with a six-hour gap on the last day
        var series = SqSignals.Cycle(days: 10, amplitude: 20, gapStart: (9 * 1440) + 600, gapLength: 360);
        var options = new DailyVariationOptions { Span = 3 };

        // When
        var output = new DailyVariationRemover().Run(series, options, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        var value = output.Primary;
        var daily = output.Column("daily");
        for (int i = (9 * 1440) + 600; i < (9 * 1440) + 960; i++)
        {
            Assert.True(double.IsNaN(value[i]), $"value at gap sample {i} is {value[i]}");
            Assert.True(double.IsFinite(daily[i]), $"daily at gap sample {i} is {daily[i]}");
        }
    }
}
