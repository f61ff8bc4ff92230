using GeoAnomaly.Plugins.Cleaning.Steps;
using GeoAnomaly.Plugins.Tests.Support.Cleaning;
using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic;

namespace GeoAnomaly.Plugins.Tests.Cleaning.Steps;

public sealed partial class StepRemovalPreprocessorTests
{
    [Fact]
    public void On_the_synthetic_network_the_labelled_steps_are_found_and_sized()
    {
        // Given: six default networks (14 days, 6 stations), raw deformation and fluid channels: tides, drift,
        // barometric response, recharge, red noise, gaps, anomalies, and the generator's instrument steps
        var scores = new List<StepMatch>();
        int unlabelled = 0;
        for (long seed = 1; seed <= 6; seed++)
        {
            var network = SyntheticNetworkGenerator.Generate(new NetworkSpec { Seed = seed });
            foreach (var channel in network.Channels.Where(c => c.Info.Kind is ChannelKind.Deformation or ChannelKind.Fluid))
            {
                // When
                var step = new StepRemovalPreprocessor().Run(channel.Series, cancellationToken: TestContext.Current.CancellationToken).Column("step").ToArray();

                // Then (scored below)
                var expected = SyntheticSteps.Expected(channel, StepRemovalOptions.Defaults.Window);
                scores.AddRange(SyntheticSteps.Match(channel.Series.Values, step, expected, StepRemovalOptions.Defaults.Window, out int others));
                unlabelled += others;
            }
        }

        // Bars from measurement (README): 94 % found, 86 % within 5 %, 95 % within 5 % for steps clear of gaps;
        // detections off the labelled steps sit on anomaly edges (a level shift that did not return within the span)
        var clear = scores.Where(s => s.Gap == 0).ToList();
        Assert.True(scores.Count >= 50, $"only {scores.Count} labelled steps");
        Assert.True(scores.Count(s => s.Found) >= 0.9 * scores.Count, Summary(scores));
        Assert.True(scores.Count(s => s.Within(0.05)) >= 0.8 * scores.Count, Summary(scores));
        Assert.True(clear.Count(s => s.Within(0.05)) >= 0.9 * clear.Count, Summary(clear));
        Assert.True(unlabelled <= 0.1 * scores.Count, $"{unlabelled} detections off the labelled steps");
    }

    private static string Summary(List<StepMatch> scores) =>
        $"{scores.Count(s => s.Found)} found, {scores.Count(s => s.Within(0.05))} within 5 % of {scores.Count}: " +
        string.Join("; ", scores.Where(s => !s.Within(0.05)).Select(s => $"{s.Size:G3} at {s.At} (gap {s.Gap}) -> {s.Estimate:G3}"));
}
