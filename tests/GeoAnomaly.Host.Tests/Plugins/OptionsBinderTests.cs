using System.Text.Json;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Plugins;

public sealed class OptionsBinderTests
{
    [Fact]
    public void Camel_case_names_bind_whatever_their_case_and_missing_ones_keep_their_defaults()
    {
        // When
        var options = OptionsBinder.Bind<ScaleOptions>(Json("""{ "Scale": 2.5 }"""), "detector scale", "cfg");

        // Then
        Assert.Equal(2.5, options.Scale);
        Assert.Equal(1, options.Window);
    }

    [Fact]
    public void No_object_gives_the_defaults()
    {
        // When
        var options = OptionsBinder.Bind<EventFormerOptions>(null, "", "cfg");

        // Then
        Assert.Equal(new EventFormerOptions().Threshold, options.Threshold);
    }

    [Fact]
    public void Enums_are_strings_and_nested_records_and_sample_spans_bind()
    {
        // When
        var calibration = OptionsBinder.Bind<ScoreCalibrationOptions>(Json("""{ "method": "probability", "tail": "exponential" }"""), "", "cfg");
        var events = OptionsBinder.Bind<EventFormerOptions>(Json("""{ "mergeGap": "2h", "minDuration": 4, "kinds": { "sigmas": 4 } }"""), "", "cfg");

        // Then
        Assert.Equal((CalibrationMethod.Probability, TailModel.Exponential), (calibration.Method, calibration.Tail));
        Assert.Equal(TimeSpan.FromHours(2), events.MergeGap.Time);
        Assert.Equal(4, events.MinDuration.Samples);
        Assert.Equal(4, events.Kinds.Sigmas);
        Assert.Equal(KindClassifierOptions.Defaults.ContextSamples, events.Kinds.ContextSamples);
    }

    [Theory]
    [InlineData("""{ "scal": 1 }""", "cfg: detector scale: no option 'scal'; options are: scale, window")]
    [InlineData("""{ "window": 2.5 }""", "cfg: detector scale: option 'window': 2.5 is not a whole number")]
    [InlineData("""{ "scale": "big" }""", "cfg: detector scale: option 'scale': \"big\" is not a number")]
    [InlineData("""[1]""", "cfg: detector scale: options must be a JSON object of option names and values, got array")]
    public void Mistakes_name_the_place_the_owner_and_the_option(string json, string expected)
    {
        // When
        var error = Assert.Throws<OptionsBindingException>(() => OptionsBinder.Bind<ScaleOptions>(Json(json), "detector scale", "cfg"));

        // Then
        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("""{ "kinds": { "sigma": 2 } }""", "cfg: no option 'kinds.sigma'; options are: kinds.contextSamples, kinds.minContext, kinds.sigmas, kinds.spreadRatio")]
    [InlineData("""{ "mergeGap": "soon" }""", "cfg: option 'mergeGap': \"soon\" is not a number of samples (5) or a duration (\"90s\", \"5min\", \"2h\", \"1d\")")]
    [InlineData("""{ "kinds": { "sigmas": true } }""", "cfg: option 'kinds.sigmas': true is not a number")]
    public void Mistakes_in_nested_options_name_the_full_option_path(string json, string expected)
    {
        // When
        var error = Assert.Throws<OptionsBindingException>(() => OptionsBinder.Bind<EventFormerOptions>(Json(json), "", "cfg"));

        // Then
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void An_enum_value_that_does_not_exist_lists_the_values_that_do()
    {
        // When
        var error = Assert.Throws<OptionsBindingException>(() => OptionsBinder.Bind<EnsembleOptions>(Json("""{ "method": "median" }"""), "ensemble", "cfg"));

        // Then
        Assert.Equal("cfg: ensemble: option 'method': \"median\" is not one of max, mean, vote", error.Message);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
