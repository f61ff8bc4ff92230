using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Jobs.Detect;

public sealed class DetectConfigReaderTests
{
    [Fact]
    public void Sections_hold_detectors_with_options_events_and_calibration()
    {
        // Given
        const string json = """
            {
              // comments and trailing commas are fine
              "*": { "detectors": [ { "name": "robust-zscore", "options": { "windowSize": 120 } }, "sr" ], "events": { "threshold": 0.99 } },
              "Fluid": { "calibration": { "referenceDays": 3 }, },
            }
            """;

        // When
        var config = DetectConfigReader.Parse(json, "d.json");

        // Then
        var all = config.Sections["*"];
        Assert.Equal(["robust-zscore", "sr"], all.Detectors!.Select(d => d.Name));
        Assert.Equal(120, all.Detectors![0].Options!.Value.GetProperty("windowSize").GetInt32());
        Assert.Null(all.Detectors[1].Options);
        Assert.Equal("d.json: *.detectors[1]", all.Detectors[1].Where);
        Assert.Null(config.Sections["fluid"].Detectors);
        Assert.Equal(3, config.Sections["fluid"].Calibration!.Value.GetProperty("referenceDays").GetInt32());
    }

    [Fact]
    public void A_list_at_the_root_or_as_a_section_is_the_detectors_list()
    {
        // When
        var root = DetectConfigReader.Parse("""["a", "b"]""", "inline");
        var section = DetectConfigReader.Parse("""{ "deformation": ["c"] }""", "inline");

        // Then
        Assert.Equal(["a", "b"], root.Sections["*"].Detectors!.Select(d => d.Name));
        Assert.Equal(["c"], section.Sections["deformation"].Detectors!.Select(d => d.Name));
    }

    [Theory]
    [InlineData("""{ "fluids": [] }""", "d.json: section 'fluids' is not a channel kind; sections are: *, deformation, electromagnetic, fluid, other")]
    [InlineData("""{ "*": { "detector": [] } }""", "d.json: *: unknown key 'detector'; keys are: preprocess, detectors, events, calibration")]
    [InlineData("""{ "*": { "detectors": [ { "name": "a", "option": {} } ] } }""", "d.json: *.detectors[0]: unknown key 'option'; keys are: name, options, companions")]
    [InlineData("""{ "*": { "detectors": [ { "options": {} } ] } }""", "d.json: *.detectors[0]: give the component's \"name\" (a text)")]
    [InlineData("""{ "*": { "detectors": [ { "name": "a", "options": 3 } ] } }""", "d.json: *.detectors[0].options: must be a JSON object, got number")]
    [InlineData("""{ "*": { "events": [] } }""", "d.json: *.events: must be a JSON object, got array")]
    [InlineData("\"robust-zscore\"", "d.json: the detectors configuration must be a JSON object with keys *, deformation, electromagnetic, fluid, other")]
    public void Malformed_configurations_say_where_and_what_is_allowed(string json, string expected)
    {
        // When
        var error = Assert.Throws<DetectConfigException>(() => DetectConfigReader.Parse(json, "d.json"));

        // Then
        Assert.Equal(expected, Assert.Single(error.Problems));
    }

    [Fact]
    public void Text_that_is_not_JSON_is_reported_with_its_line()
    {
        // When
        var error = Assert.Throws<DetectConfigException>(() => DetectConfigReader.Parse("{\n  \"*\": [\n  \"a\"\n  \"b\"]\n}", "d.json"));

        // Then
        Assert.StartsWith("d.json:4: not valid JSON", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_is_read_and_named_in_messages_and_a_missing_file_names_the_option()
    {
        // Given
        using var folder = new TempFolder();
        string file = folder.Write("detectors.json", """{ "other": ["x"] }""");

        // When
        var config = DetectConfigReader.Load(file, "--detectors");
        var missing = Assert.Throws<DetectConfigException>(() => DetectConfigReader.Load(file + ".gone", "--detectors"));

        // Then
        Assert.Equal(file, config.Source);
        Assert.Equal($"{file}: other.detectors[0]", config.Sections["other"].Detectors![0].Where);
        Assert.Equal($"--detectors: file {file}.gone does not exist", Assert.Single(missing.Problems));
    }

    [Theory]
    [InlineData("""{ "*": { "preprocess": [ { "name": "x", "companions": [ 3 ] } ] } }""", "cfg.json: *.preprocess[0].companions: must be a list of channel codes")]
    [InlineData("""{ "*": { "detectors": [ { "name": "x", "companions": [ "A.B" ] } ] } }""", "cfg.json: *.detectors[0].companions: 'A.B' is neither a channel code nor NET.STA.CHA")]
    [InlineData("""{ "*": { "preprocess": { "name": "x" } } }""", "cfg.json: *.preprocess: must be a list")]
    public void Bad_companions_and_chains_are_errors_naming_the_place(string json, string expected)
    {
        // When
        var error = Assert.Throws<DetectConfigException>(() => DetectConfigReader.Parse(json, "cfg.json"));

        // Then
        Assert.StartsWith(expected, Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Companions_may_be_one_text_or_a_list()
    {
        // When
        var config = DetectConfigReader.Parse("""{ "fluid": { "preprocess": [ { "name": "baro", "companions": "baro" } ], "detectors": [ { "name": "x", "companions": [ "NT.REF.H", "Z" ] } ] } }""", "cfg.json");

        // Then
        var fluid = config.Sections["fluid"];
        Assert.Equal(["baro"], Assert.Single(fluid.Preprocess!).Companions);
        Assert.Equal(["NT.REF.H", "Z"], Assert.Single(fluid.Detectors!).Companions);
    }
}
