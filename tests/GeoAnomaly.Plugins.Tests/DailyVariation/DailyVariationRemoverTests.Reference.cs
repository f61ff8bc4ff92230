using GeoAnomaly.Plugins.DailyVariation;
using GeoAnomaly.Plugins.Tests.Support.DailyVariation;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.DailyVariation;

public sealed partial class DailyVariationRemoverTests
{
    private static readonly DailyVariationOptions s_difference = new() { Method = DailyVariationMethod.Reference };
    private static readonly DailyVariationOptions s_regression = new() { Method = DailyVariationMethod.Reference, Scaling = ReferenceScaling.Regression };

    [Fact]
    public void Reference_difference_removes_a_common_field_exactly()
    {
        // Given: the external field seen at a synthetic station (Sq, two storms a week, pulsations), shared by both
        // channels; the channel adds a local signal, the reference an offset of 500 nT and a gap
        var common = CommonField();
        var random = new Random(8);
        double[] local = [.. common.Select((_, i) => (3 * Math.Sin(i / 500.0)) + (0.1 * random.NextDouble()))];
        double[] x = [.. common.Select((c, i) => c + local[i])];
        double[] r = [.. common.Select(c => c + 500)];
        Array.Fill(r, double.NaN, 5000, 100);

        // When
        var output = RunWithReference(x, r, s_difference);

        // Then: value = local - 500 to rounding, NaN where the reference is missing
        var value = output.Primary;
        for (int i = 0; i < x.Length; i++)
        {
            if (i is >= 5000 and < 5100)
            {
                Assert.True(double.IsNaN(value[i]));
            }
            else
            {
                Assert.Equal(local[i] - 500, value[i], 1e-9);
            }
        }
    }

    [Fact]
    public void Reference_regression_recovers_scale_and_offset_and_removes_a_scaled_common_field()
    {
        // Given: the channel sees the common field 1.3 times as strongly, 120 nT apart, with 0.5 nT local noise
        var common = CommonField();
        var random = new Random(9);
        double[] noise = [.. common.Select(_ => 0.5 * (random.NextDouble() - 0.5) * Math.Sqrt(12))];
        double[] x = [.. common.Select((c, i) => 120 + (1.3 * c) + noise[i])];

        // When
        var output = RunWithReference(x, common, s_regression);

        // Then: scale 1.3 and offset 120 within the noise's pull (an error of 10⁻⁵ in the scale moves the offset by
        // 0.25 nT on a 25,000 nT field), and the value is the local noise
        int last = x.Length - 1;
        Assert.Equal(1.3, output.Column("scale")[last], 4);
        Assert.InRange(output.Column("offset")[last], 119.5, 120.5);
        double residual = Rms(output.Primary[(12 * Day)..]);
        TestContext.Current.TestOutputHelper?.WriteLine($"scale {output.Column("scale")[last]:F5}, offset {output.Column("offset")[last]:F3}, residual rms {residual:F3} nT");
        Assert.InRange(residual, 0.45, 0.55);
    }

    [Fact]
    public void Reference_ratio_divides_out_a_common_factor()
    {
        // Given: the channel is 1.5 times the reference
        var common = CommonField();
        double[] x = [.. common.Select(c => 1.5 * c)];

        // When
        var plain = RunWithReference(x, common, s_difference with { Combine = ReferenceCombination.Ratio });
        var scaled = RunWithReference(x, common, s_regression with { Combine = ReferenceCombination.Ratio });

        // Then: the plain ratio is 1.5 everywhere, the ratio to the fitted prediction 1 once fitted
        Assert.All(plain.Primary.ToArray(), v => Assert.Equal(1.5, v, 12));
        Assert.All(scaled.Primary[(10 * Day)..].ToArray(), v => Assert.Equal(1, v, 9));
    }

    [Fact]
    public void A_reference_in_other_units_is_accepted_with_a_warning()
    {
        // Given: an H channel in nT whose companion 0 is in hPa (a barometer named by mistake)
        var context = new CollectingContext();
        var channel = new ChannelInfo(new ChannelId("XX", "STA", "H"), ChannelKind.Electromagnetic, "nT");
        var barometer = new ChannelInfo(new ChannelId("XX", "REF", "baro"), ChannelKind.Other, "hPa");
        var start = new ComponentStart(channel, TimeSpan.FromMinutes(1), context) { Companions = [barometer] };

        // When
        new DailyVariationRemover().StartChecked(s_difference, start);

        // Then
        var warning = Assert.Single(context.Messages);
        Assert.Equal(PluginLogLevel.Warning, warning.Level);
        Assert.Contains("XX.REF.baro", warning.Message, StringComparison.Ordinal);
    }

    private static double[] CommonField()
    {
        var (full, _) = GeomagneticNetwork.Generate(GeomagneticNetwork.Spec(seed: 21, days: 14, stormRate: 0.3, stations: 1) with { GapFraction = 0 });
        return full.Channels.Single(c => c.Info.Id.Channel == "H").Series.Values.ToArray();
    }

    private static ComponentOutput RunWithReference(double[] x, double[] r, DailyVariationOptions options)
    {
        var start = ComponentStart.ForTesting() with { Companions = [new ChannelInfo(new ChannelId("XX", "REF", "H"), ChannelKind.Electromagnetic, "nT")] };
        var series = new Series(SqSignals.Start, TimeSpan.FromMinutes(1), x);
        var reference = new Series(SqSignals.Start, TimeSpan.FromMinutes(1), r);
        return new DailyVariationRemover().Run(series, options, start, [reference], TestContext.Current.CancellationToken);
    }
}
