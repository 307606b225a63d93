export const id = 918;
export const ids = [918];
export const modules = {

/***/ 918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vulnCommand: () => (/* binding */ vulnCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);

// Placeholder until the capability lands; see the issue for `go-ci-kit vuln`.
const vulnCommand = {
    name: 'vuln',
    summary: 'vuln',
    help: 'Usage: go-ci-kit vuln [--json]\n\nNot implemented yet.',
    async run() {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('go-ci-kit vuln is not implemented yet');
    }
};


/***/ })

};
