using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;
using Serilog;

namespace GeoAnomaly.Host.Tests.Jobs.Detect;

public sealed class DetectPlanBuilderTests
{
    private static readonly LoadedComponent[] s_components = [Some.Loaded(new ScaleDetector()), Some.Loaded(new DifferenceDetector())];

    [Fact]
    public async Task Detectors_are_bound_with_their_options_per_kind_and_kinds_without_a_section_take_the_default_one()
    {
        // Given
        const string json = """
            {
              "*": { "detectors": [ { "name": "scale", "options": { "scale": 2.5 } } ] },
              "fluid": { "detectors": [ "difference", { "name": "Scale", "options": { "window": 30 } } ] }
            }
            """;

        // When
        var plan = await BuildAsync(json);

        // Then
        var deformation = plan.For(ChannelKind.Deformation)!;
        Assert.Equal("*", deformation.Section);
        Assert.Equal(2.5, ((ScaleOptions)Assert.Single(deformation.Detectors).Options!).Scale);
        var fluid = plan.For(ChannelKind.Fluid)!;
        Assert.Equal(["difference", "scale"], fluid.Detectors.Select(d => d.Component.Name));
        Assert.Equal(30, ((ScaleOptions)fluid.Detectors[1].Options!).Window);
        Assert.Equal(1, ((ScaleOptions)fluid.Detectors[0].Options!).Scale);
    }

    [Fact]
    public async Task Without_a_default_section_kinds_not_named_are_not_screened()
    {
        // When
        var plan = await BuildAsync("""{ "fluid": ["scale"] }""");

        // Then
        Assert.NotNull(plan.For(ChannelKind.Fluid));
        Assert.Null(plan.For(ChannelKind.Deformation));
    }

    [Fact]
    public async Task Event_and_calibration_options_are_merged_key_by_key_with_the_kind_winning()
    {
        // Given
        const string json = """
            {
              "*": { "detectors": ["scale"], "events": { "threshold": 0.99, "mergeGap": "10min" }, "calibration": { "referenceDays": 2 } },
              "fluid": { "events": { "minDuration": 3 } }
            }
            """;

        // When
        var plan = await BuildAsync(json);

        // Then
        var fluid = plan.For(ChannelKind.Fluid)!;
        Assert.Equal(0.99, fluid.Events.Threshold);
        Assert.Equal(TimeSpan.FromMinutes(10), fluid.Events.MergeGap.Time);
        Assert.Equal(3, fluid.Events.MinDuration.Samples);
        Assert.Equal(2, fluid.Calibration.ReferenceDays);
        Assert.Equal(1, plan.For(ChannelKind.Other)!.Events.MinDuration.Samples);
    }

    [Fact]
    public async Task An_unknown_detector_is_an_error_listing_the_detectors_that_exist()
    {
        // When
        var error = await Assert.ThrowsAsync<DetectConfigException>(() => BuildAsync("""["scale", "sclae"]"""));

        // Then
        Assert.Equal("cfg.json: *.detectors[1]: unknown detector 'sclae'; detectors are: difference, ensemble, scale", Assert.Single(error.Problems));
    }

    [Fact]
    public async Task An_unknown_option_is_an_error_naming_the_detector_and_the_option_and_listing_its_options()
    {
        // When
        var error = await Assert.ThrowsAsync<DetectConfigException>(() => BuildAsync("""[{ "name": "scale", "options": { "windw": 3 } }]"""));

        // Then
        Assert.Equal("cfg.json: *.detectors[0].options: detector scale: no option 'windw'; options are: scale, window", Assert.Single(error.Problems));
    }

    [Fact]
    public async Task Invalid_values_are_reported_by_the_component_each_naming_the_option()
    {
        // When
        var error = await Assert.ThrowsAsync<DetectConfigException>(() => BuildAsync("""[{ "name": "scale", "options": { "scale": -1, "window": 0 } }]"""));

        // Then
        Assert.Equal(
            ["cfg.json: *.detectors[0].options: detector scale: scale: must be positive, got -1", "cfg.json: *.detectors[0].options: detector scale: window: must be at least 1, got 0"],
            error.Problems);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_the_option_and_the_type_expected()
    {
        // When
        var error = await Assert.ThrowsAsync<DetectConfigException>(() => BuildAsync("""[{ "name": "scale", "options": { "window": "wide" } }]"""));

        // Then
        Assert.Equal("cfg.json: *.detectors[0].options: detector scale: option 'window': \"wide\" is not a whole number", Assert.Single(error.Problems));
    }

    [Fact]
    public async Task Every_problem_of_the_configuration_is_reported_at_once()
    {
        // Given
        const string json = """
            {
              "*": { "detectors": ["nope"], "events": { "threshold": 3 } },
              "fluid": { "detectors": ["scale"], "calibration": { "tailFraction": 0.9 } }
            }
            """;

        // When
        var error = await Assert.ThrowsAsync<DetectConfigException>(() => BuildAsync(json));

        // Then
        Assert.Contains(error.Problems, p => p.Contains("unknown detector 'nope'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("cfg.json: *.events: threshold: must be more than 0 and at most 1 for calibrated scores", StringComparison.Ordinal));
        Assert.Contains("cfg.json: fluid.calibration: tailFraction: must be more than 0 and at most 0.5, got 0.9", error.Problems);
        Assert.Equal(error.Problems.Distinct().Count(), error.Problems.Count);
    }

    [Fact]
    public async Task A_raw_threshold_is_accepted_when_calibration_is_off()
    {
        // When
        var plan = await BuildAsync("""{ "*": { "detectors": ["scale"], "events": { "threshold": 6 }, "calibration": { "method": "none" } } }""");

        // Then
        Assert.Equal(CalibrationMethod.None, plan.For(ChannelKind.Other)!.Calibration.Method);
    }

    [Fact]
    public async Task An_ensemble_defaults_to_every_other_detector_of_its_list()
    {
        // When
        var plan = await BuildAsync("""["scale", "difference", { "name": "ensemble", "options": { "method": "vote", "votes": 2, "outputName": "both" } }]""");

        // Then
        var ensemble = Assert.Single(plan.For(ChannelKind.Other)!.Ensembles);
        Assert.Equal("both", ensemble.Name);
        Assert.Equal(["scale", "difference"], ensemble.Members);
        Assert.Equal("vote 2 of 2", ensemble.Description);
    }

    [Theory]
    [InlineData("""["scale", { "name": "ensemble" }]""", "an ensemble combines at least 2 detectors; it has 1 (scale)")]
    [InlineData("""["scale", "difference", { "name": "ensemble", "options": { "method": "vote", "votes": 3 } }]""", "votes: must be at most the number of members (2), got 3")]
    [InlineData("""["scale", "difference", { "name": "ensemble", "options": { "members": ["scale", "other"] } }]""", "members: 'other' is not a detector of *.detectors (scale, difference)")]
    [InlineData("""["scale", "difference", { "name": "ensemble", "options": { "outputName": "scale" } }]""", "outputName: 'scale' is already the name of a detector")]
    [InlineData("""{ "*": { "detectors": ["scale", "difference", "ensemble"], "events": { "threshold": 5 }, "calibration": { "method": "none" } } }""", "combines calibrated scores, but the calibration method of * is none")]
    public async Task Ensemble_mistakes_are_errors_that_say_what_is_wrong(string json, string expected)
    {
        // When
        var error = await Assert.ThrowsAsync<DetectConfigException>(() => BuildAsync(json));

        // Then
        Assert.Contains(error.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_detector_listed_twice_is_an_error()
    {
        // When
        var error = await Assert.ThrowsAsync<DetectConfigException>(() => BuildAsync("""["scale", "scale"]"""));

        // Then
        Assert.Equal("cfg.json: *.detectors[1]: detector 'scale' is listed twice in *.detectors", Assert.Single(error.Problems));
    }

    [Fact]
    public async Task A_plugin_that_throws_while_validating_is_a_plugin_fault_not_a_usage_error()
    {
        // Given
        LoadedComponent[] components = [Some.Loaded(new BrokenOptionsDetector())];

        // When
        var error = await Assert.ThrowsAsync<PluginException>(() => BuildAsync("""[{ "name": "broken-options", "options": { "scale": 2 } }]""", components));

        // Then
        Assert.Contains("plugin Test.Plugin, detector broken-options: cannot validate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preprocess_chain_is_bound_in_order_with_options_and_companions_and_kinds_inherit_it()
    {
        // Given
        const string json = """
            {
              "*": { "preprocess": [ { "name": "clip", "options": { "scale": 4 } } ], "detectors": [ "scale" ] },
              "fluid": { "preprocess": [ { "name": "subtract-companion", "companions": ["baro"] }, "clip" ] }
            }
            """;

        // When
        var plan = await BuildAsync(json, [.. s_components, Some.Loaded(new ClipPreprocessor()), Some.Loaded(new SubtractCompanionPreprocessor())]);

        // Then
        var deformation = plan.For(ChannelKind.Deformation)!;
        Assert.Equal(4, ((ScaleOptions)Assert.Single(deformation.Preprocessors).Options!).Scale);
        var fluid = plan.For(ChannelKind.Fluid)!;
        Assert.Equal(["subtract-companion", "clip"], fluid.Preprocessors.Select(p => p.Component.Name));
        Assert.Equal(["baro"], fluid.Preprocessors[0].Companions);
        Assert.Equal(["scale"], fluid.Detectors.Select(d => d.Component.Name));
    }

    [Fact]
    public async Task A_detector_in_the_chain_or_an_unknown_stage_is_an_error_listing_the_preprocessors()
    {
        // When
        var error = await Assert.ThrowsAsync<DetectConfigException>(() => BuildAsync(
            """{ "*": { "preprocess": [ "scale", "clp" ], "detectors": [ "clip" ] } }""",
            [.. s_components, Some.Loaded(new ClipPreprocessor())]));

        // Then
        Assert.Equal(
        [
            "cfg.json: *.preprocess[0]: is a detector, not a preprocessor: 'scale'; preprocessors are: clip",
            "cfg.json: *.preprocess[1]: unknown preprocessor 'clp'; preprocessors are: clip",
            "cfg.json: *.detectors[0]: is a preprocessor, not a detector: 'clip'; detectors are: difference, ensemble, scale",
        ], error.Problems);
    }

    private static Task<DetectPlan> BuildAsync(string json, IReadOnlyList<LoadedComponent>? components = null)
    {
        var guard = new PluginGuard(new PluginGuardOptions(), new LoggerConfiguration().CreateLogger());
        return new DetectPlanBuilder(components ?? s_components, guard).BuildAsync(DetectConfigReader.Parse(json, "cfg.json"), TestContext.Current.CancellationToken);
    }
}
