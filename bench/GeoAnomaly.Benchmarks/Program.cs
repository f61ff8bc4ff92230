using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace GeoAnomaly.Benchmarks;

internal static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(args, DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary).AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory));
}
