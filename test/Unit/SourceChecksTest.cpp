//===- SourceChecksTest.cpp - Text refused before parsing -----------------===//

#include "tessel/Execution/SourceChecks.h"

#include <gtest/gtest.h>

using namespace mlir::tessel;

namespace {

/// The offset of the problem findMalformedLinalgIndexList reports in
/// `text`, or -1.
int64_t problemAt(llvm::StringRef text) {
  std::optional<SourceProblem> problem = findMalformedLinalgIndexList(text);
  return problem ? problem->at - text.data() : -1;
}

std::string transpose(llvm::StringRef list) {
  return ("%t = linalg.transpose ins(%a : tensor<2x3xf32>) outs(%b : "
          "tensor<3x2xf32>) permutation = " +
          list + "\n")
      .str();
}

TEST(SourceChecks, WellFormedListsPass) {
  for (const char *list : {"[1, 0]", "[]", "[ ]", "[0x1,0x0]", "[-1]", "[- 1]",
                           "[08, 09]", "[true, false]", "[9223372036854775807]",
                           "[-9223372036854775808]", "[0x7fffffffffffffff]",
                           "[1, // a comment\n 0]", "[1, // a comment\r 0]"})
    EXPECT_EQ(problemAt(transpose(list)), -1) << list;
}

TEST(SourceChecks, MalformedListsAreFoundAtTheirStart) {
  for (const char *list :
       {"?", "[1, x]", "[1, 0", "[1.5]", "[1e3]", "[9223372036854775808]",
        "[-9223372036854775809]", "[99999999999999999999999]",
        "[0100000000000000000000]", "[0X0]", "[0x8000000000000000]",
        "[0x10000000000000000]", "[-true]", "[truex]", "[1,]", "[,]", "[0x]",
        "[1 0]", "array<i64: 1, 0>"}) {
    std::string text = transpose(list);
    EXPECT_EQ(problemAt(text), int64_t(text.rfind(" = ") + 3)) << list;
  }
}

TEST(SourceChecks, BroadcastAndReduceForms) {
  EXPECT_NE(problemAt("linalg.broadcast ins(%a : tensor<2xf32>) outs(%b : "
                      "tensor<2x3xf32>) dimensions = [x]"),
            -1);
  EXPECT_NE(problemAt("linalg.reduce { arith.addf } ins(%a : t) outs(%b : t) "
                      "dimensions = ?"),
            -1);
  EXPECT_EQ(problemAt("linalg.reduce { arith.addf } ins(%a : t) outs(%b : t) "
                      "dimensions = [1]"),
            -1);
  EXPECT_NE(problemAt("linalg.reduce ins(%a : t) outs(%b : t) dimensions = "
                      "(%in: f32) {}"),
            -1);
}

TEST(SourceChecks, PropertiesAndCarriageReturns) {
  // Properties may precede ins; a comment ends at a carriage return.
  EXPECT_NE(problemAt("linalg.transpose <{}> ins(%a) outs(%b) permutation = ?"),
            -1);
  EXPECT_EQ(
      problemAt("linalg.transpose <{}> ins(%a) outs(%b) permutation = [1, 0]"),
      -1);
  EXPECT_NE(
      problemAt("// c\rlinalg.transpose ins(%a) outs(%b) permutation = ?"), -1);
  std::string deep = "// c\r" + std::string(kMaxSourceNesting + 1, '(');
  EXPECT_NE(findExcessiveNesting(deep), nullptr);
}

TEST(SourceChecks, OnlyTheCustomFormIsChecked) {
  // Strings, comments, the generic form, other words and names.
  EXPECT_EQ(problemAt("\"linalg.transpose permutation = ?\""), -1);
  EXPECT_EQ(problemAt("// linalg.transpose permutation = ?\n"), -1);
  EXPECT_EQ(problemAt("\"linalg.transpose\"(%a, %b) <{permutation = ?}>"), -1);
  EXPECT_EQ(problemAt("linalg.transposed ins(%a) outs(%b) permutation = ?"),
            -1);
  EXPECT_EQ(problemAt("%linalg.transpose = foo permutation = ?"), -1);
  EXPECT_EQ(problemAt("linalg.transpose ins(%a) outs(%b) perm = ?"), -1);
  EXPECT_EQ(problemAt("linalg.transpose ins(%a) outs(%b) permutation [1]"), -1);
  // The keyword of another op.
  EXPECT_EQ(problemAt("linalg.broadcast ins(%a) outs(%b) permutation = ?"), -1);
}

TEST(SourceChecks, UnterminatedTextEndsTheScan) {
  EXPECT_EQ(problemAt("linalg.transpose ins(%a"), -1);
  EXPECT_EQ(problemAt("\"linalg.transpose"), -1);
  EXPECT_EQ(problemAt("linalg.transpose"), -1);
  EXPECT_NE(problemAt("linalg.transpose ins(%a) outs(%b) permutation ="), -1);
}

TEST(SourceChecks, NestingIsCheckedFirst) {
  std::string deep(kMaxSourceNesting + 1, '(');
  std::optional<SourceProblem> problem = findSourceProblem(
      deep + " linalg.transpose ins() outs() permutation = ?");
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->message, excessiveNestingMessage());
}

} // namespace
